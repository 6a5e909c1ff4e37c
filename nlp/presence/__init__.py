"""Presence verifier: a learned "this sentence documents element E" check (PV14, issue 3).

Rule fixes for one source of notes never reached the next: on every new source the rules miss
documentation elements written in new words and Painpoint flags them missing. A per-element
logistic regression over hashed word uni+bigrams, taught by the rules' own evidence on every dev
folder, reads many of those wordings (retrospectively on 18 unseen batches: finding F1 0.750 ->
0.774). It never adds or removes a code: when a presence-type requirement of E fails with nothing
read for E and the verifier holds a sentence for E, the checker shows that sentence as an `info`
(``presence.unparsed``) for the physician to confirm instead of a missing-documentation finding.

Numpy only at run time (no torch, no pickles): `model.py` loads ``nlp/resources/presence_verifier.npz``,
`component.py` is the spaCy component, `train.py` writes the file (``painpoint train presence``).
On by default; ``PAINPOINT_PRESENCE=0`` (or ``painpoint analyze --no-presence``) switches it off.
"""

from __future__ import annotations

from nlp.semantic.settings import switched_off


def enabled() -> bool:
    """False only when ``PAINPOINT_PRESENCE`` says off: the verifier is on by default. Read at
    every note (not at pipeline build) so a switch set later holds for a pipeline built earlier."""
    return not switched_off("PAINPOINT_PRESENCE")
