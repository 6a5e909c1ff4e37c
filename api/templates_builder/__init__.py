"""Pain-procedure note templates generated from the knowledge base (GitHub issue 6).

Nothing here is written per procedure: :mod:`.catalog` reads the documentation requirements
(`coding/kb/requirements.yaml`, plus an optional practice overlay), :mod:`.model` turns the ones
that apply to a family and payer into a format-neutral template tree, :mod:`.render` writes that
tree as Epic-style SmartText, plain text or printable HTML through sandboxed Jinja2 templates in
`templates/emr/`, :mod:`.questionnaire` builds a FHIR R4 SDC Questionnaire, and :mod:`.fill`
writes the note a physician gets by completing the template (used for the round-trip tests).
"""

from api.templates_builder.catalog import Catalog, CatalogError, TemplateRequirement, load_catalog
from api.templates_builder.fill import fill
from api.templates_builder.model import NoteTemplate, build_template
from api.templates_builder.render import FORMATS, render

__all__ = [
    "Catalog",
    "CatalogError",
    "FORMATS",
    "NoteTemplate",
    "TemplateRequirement",
    "build_template",
    "fill",
    "load_catalog",
    "render",
]
