"""Users, their roles, and the time-limited grants that let an inspector see a child's record."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils import timezone


class Role(models.TextChoices):
    SOCIAL_WORKER = "social_worker", "Social worker"
    TEAM_MANAGER = "team_manager", "Team manager"
    IRO = "iro", "Independent reviewing officer"
    QA_OFFICER = "qa_officer", "QA and performance officer"
    SENIOR_LEADER = "senior_leader", "Senior leader"
    COUNCILLOR = "councillor", "Councillor"
    INSPECTOR = "inspector", "Inspector"
    ADMINISTRATOR = "administrator", "Administrator"


# Roles that see every child's record (restricted records aside).
ALL_CHILDREN_ROLES = frozenset({Role.QA_OFFICER, Role.SENIOR_LEADER, Role.ADMINISTRATOR})
# Roles that see their team's children.
TEAM_ROLES = frozenset({Role.SOCIAL_WORKER, Role.TEAM_MANAGER})


class User(AbstractUser):
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.SOCIAL_WORKER)
    # The worker record this person is in the case file (social workers, managers, IROs).
    worker = models.OneToOneField(
        "children.Worker", null=True, blank=True, on_delete=models.SET_NULL, related_name="user"
    )

    @property
    def display_name(self) -> str:
        return self.get_full_name() or self.username

    @property
    def sees_all_children(self) -> bool:
        return self.role in ALL_CHILDREN_ROLES

    @property
    def is_administrator(self) -> bool:
        return self.role == Role.ADMINISTRATOR or self.is_superuser


class InspectorGrant(models.Model):
    """An inspector may read one child's record, read-only, until `expires_at`."""

    inspector = models.ForeignKey(User, on_delete=models.CASCADE, related_name="grants")
    child = models.ForeignKey("children.Child", on_delete=models.CASCADE, related_name="grants")
    expires_at = models.DateTimeField()
    granted_by = models.ForeignKey(
        User, null=True, on_delete=models.SET_NULL, related_name="grants_given"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["inspector", "child"], name="one_grant_per_child")
        ]

    def __str__(self) -> str:
        return f"{self.inspector} → {self.child} until {self.expires_at:%d/%m/%Y %H:%M}"

    @property
    def is_live(self) -> bool:
        return self.expires_at > timezone.now()


class LoginFailure(models.Model):
    """One failed sign-in, kept for throttling (by username and by address)."""

    username = models.CharField(max_length=150, db_index=True)
    address = models.GenericIPAddressField(null=True, db_index=True)
    at = models.DateTimeField(default=timezone.now, db_index=True)

    def __str__(self) -> str:
        return f"{self.username} at {self.at:%d/%m/%Y %H:%M}"
