"""Pydantic schemas of the knowledge-base files, one module per `coding/kb/<name>.yaml`.

Each module registers its file model with :func:`coding.knowledge.kb_section`; importing this
package imports every module so the loader knows all sections.
"""

import importlib
import pkgutil

for _mod in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_mod.name}")
