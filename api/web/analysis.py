"""One call for the web pages to run the analyzer through the service's runner (off the event
loop, cached, bad input mapped to `ApiError`), whichever runner signature is installed: the
service is adding a concurrency limiter argument, and the pages should not break in between."""

from __future__ import annotations

import datetime as dt
import inspect
from typing import Any

from fastapi import Request

from api.deps import Analyzer
from api.routers import runner


async def analyze(
    request: Request, analyzer: Analyzer, cache: Any, text: str, *, payer: str,
    date_of_service: dt.date | None, place_of_service: str | None, source: str | None,
) -> Any:
    kwargs = {"payer": payer, "date_of_service": date_of_service, "place_of_service": place_of_service,
              "source": source}
    if "limiter" in inspect.signature(runner.run_analysis).parameters:
        from api import deps

        limiter = deps.get_analysis_limiter(request)  # type: ignore[attr-defined]
        return await runner.run_analysis(analyzer, cache, limiter, text, **kwargs)  # type: ignore[call-arg]
    return await runner.run_analysis(analyzer, cache, text, **kwargs)
