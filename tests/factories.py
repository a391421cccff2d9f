"""factory_boy factories for careassure's models: tests build real rows, never mocks."""

from __future__ import annotations

from datetime import date, timedelta

import factory
from django.utils import timezone

from careassure.accounts.models import InspectorGrant, Role, User
from careassure.children.models import (
    Action,
    Allocation,
    CaseDocument,
    Child,
    Team,
    Worker,
)


class TeamFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Team
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"T{n:02d}")
    name = factory.Sequence(lambda n: f"Children in care team {n}")
    kind = Team.Kind.CLA


class WorkerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Worker

    code = factory.Sequence(lambda n: f"SW{n:07d}")
    name = factory.Faker("name", locale="en_GB")
    role = Worker.Role.SOCIAL_WORKER
    team = factory.SubFactory(TeamFactory)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Faker("first_name", locale="en_GB")
    last_name = factory.Faker("last_name", locale="en_GB")
    role = Role.SOCIAL_WORKER
    password = factory.PostGenerationMethodCall("set_password", "correct horse battery")

    @factory.post_generation
    def saved(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class ChildFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Child

    code = factory.Sequence(lambda n: f"{100000 + n}")
    given_name = factory.Faker("first_name", locale="en_GB")
    family_name = factory.Faker("last_name", locale="en_GB")
    dob = factory.LazyFunction(lambda: date.today() - timedelta(days=365 * 9))
    sex = "F"
    ethnicity = "WBRI"
    in_care = True
    current_legal_status = "C2"
    current_placement = "U6"
    current_provider = "PR1"
    team = factory.SubFactory(TeamFactory)


class AllocationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Allocation

    child = factory.SubFactory(ChildFactory)
    worker = factory.SubFactory(WorkerFactory)
    role = Allocation.Role.SOCIAL_WORKER
    start = factory.LazyFunction(lambda: date.today() - timedelta(days=200))
    end = None


class CaseDocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CaseDocument

    child = factory.SubFactory(ChildFactory)
    kind = CaseDocument.Kind.CARE_PLAN
    date = factory.LazyFunction(lambda: date.today() - timedelta(days=30))
    text = "Care plan for the child."
    permanence = "Long-term fostering with current carers."
    contingency = "If the placement ends, a kinship assessment of the maternal aunt."


class ActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Action

    document = factory.SubFactory(CaseDocumentFactory)
    index = factory.Sequence(lambda n: n)
    text = "Social worker to refer to CAMHS by 30 June so that an assessment is booked."
    owner = "Social worker"


class InspectorGrantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = InspectorGrant

    inspector = factory.SubFactory(UserFactory, role=Role.INSPECTOR)
    child = factory.SubFactory(ChildFactory)
    expires_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=5))
