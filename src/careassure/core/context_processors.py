from django.conf import settings
from django.http import HttpRequest


def council(request: HttpRequest) -> dict[str, object]:
    from careassure.dashboard.models import CouncilFigures

    name = CouncilFigures.current().council_name
    return {"council_name": name or settings.COUNCIL_NAME}
