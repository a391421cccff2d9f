"""The seven LILAC standards, with descriptors paraphrased in careassure's own words.

Source: LILAC (Leading Improvements for Looked After Children, A National Voice, 2007); summary in
/work/shared/domain/README.md §6. The full wording of standard 7 was not available; its descriptor
here paraphrases what is known (knowing how to complain, being taken seriously, access to advocacy,
feedback on the outcome).
"""

from django.db import migrations

STANDARDS = [
    (
        1,
        "Shared values",
        "The council holds values that let children and young people take an active part in the "
        "services that touch their lives, and it is open with them about what can change and what "
        "cannot because of its duties.",
    ),
    (
        2,
        "Style of leadership",
        "Senior managers and councillors lead by championing the involvement of children and young "
        "people at every level, and show that they work in partnership with them.",
    ),
    (
        3,
        "Structures",
        "There are flexible arrangements for children and young people to help plan and evaluate "
        "services; they reach beyond a small confident group and allow for different abilities, "
        "experiences and skills.",
    ),
    (
        4,
        "Staff",
        "Staff are expected, from induction and through appraisal, to support and add to the "
        "practice and policy of involving children and young people.",
    ),
    (
        5,
        "Recruitment and selection",
        "Children and young people take part in choosing the staff and carers who will work with "
        "them or be responsible for them.",
    ),
    (
        6,
        "Care planning and review",
        "Children and young people feel part of the decisions about their lives; every decision is "
        "explained to them, and planning and review are easy to follow.",
    ),
    (
        7,
        "Complaints and advocacy",
        "Children and young people know what to do when they are unhappy with how they are treated, "
        "trust that a complaint will be taken seriously, can have an advocate, and hear back about "
        "what happened and why, with help to accept the outcome.",
    ),
]


def add_standards(apps, schema_editor):
    LilacStandard = apps.get_model("inspections", "LilacStandard")
    for number, name, descriptor in STANDARDS:
        LilacStandard.objects.update_or_create(
            number=number, defaults={"name": name, "descriptor": descriptor}
        )


def remove_standards(apps, schema_editor):
    apps.get_model("inspections", "LilacStandard").objects.filter(
        number__in=[n for n, _, _ in STANDARDS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("inspections", "0001_register_lilac_reports")]
    operations = [migrations.RunPython(add_standards, remove_standards)]
