"""The facts component (factory ``painpoint_facts``): assembles `NoteFacts` on `doc._.facts`.

It runs the fact builders over the note context in dependency order: procedures first (their
levels give the default number of injection sites for per-site doses), then drugs, then the
session facts (imaging, contrast, sedation, ...) shared by the note's procedures, then
assessments and necessity.
"""

import datetime as dt
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from coding.facts import Drug, Encounter, Imaging, NoteFacts, Procedure
from nlp import build_events as events
from nlp.build_assessments import assessments
from nlp.build_drugs import DrugBuilder
from nlp.build_history import annotate_history
from nlp.build_necessity import DOS_KEY, necessity
from nlp.build_procedures import ProcedureBuilder, muscles_of, own_imaging
from nlp.context import NOT_PERFORMED_SECTIONS, NoteContext
from nlp.cues import cue, note_cue
from nlp.extensions import register_extensions

_RFA = frozenset({"facet_rfa", "si_joint_rfa", "genicular_rfa"})
_EPIDURAL = frozenset({"interlaminar_epidural", "transforaminal_epidural"})
_DATE_FORMATS = ("%m/%d/%Y", "%m/%d/%y", "%Y-%m-%d", "%B %d, %Y", "%B %d %Y", "%b %d, %Y", "%b %d %Y",
                 "%b. %d, %Y")


@Language.factory("painpoint_facts")
def create_facts(nlp: Language, name: str) -> "FactAssembler":
    register_extensions()
    # Cues compile on first use (`nlp.cues`, kept by `nlp.rule_cache`), not here: a note asks for about half of them,
    # and compiling all 140 was most of a cold load.
    return FactAssembler()


def site_units(p: Procedure | None) -> tuple[int, int]:
    """(levels or nerves, sides) of a procedure: what "at each level/side" multiplies."""
    if p is None:
        return 1, 1
    if p.family == "trigger_point" and p.muscles:  # "3 mL each" into the L QL and L glut med: per muscle;
        sided = [m.value.split(" ", 1) for m in p.muscles]  # "left/right paraspinals" is one muscle on two sides
        both = {name for side, name in (x for x in sided if len(x) == 2) if side == "left"} & {
            name for side, name in (x for x in sided if len(x) == 2) if side == "right"}
        return len(p.muscles) - len(both), (2 if both else 1)
    units = len(p.nerves) or len(p.levels) or 1
    if p.laterality == "bilateral" and p.target and p.nerves:
        both = [n for n in p.nerves if n.side in (None, "bilateral")]
        other = [n for n in p.nerves if n not in both]
        if both and other and all(n.name.replace(" ", "_") != p.target for n in other):
            # bilateral GON blocks + "2 mL more to the right lesser occipital nerve": a one-sided nerve other than the
            units = len(both)  # block's target is an extra with its own amount; "each side" is the target's nerves
    if p.approach == "medial_branch" and p.nerves and p.levels and len(p.nerves) < len(p.levels) + 1:
        units = len(p.levels) + 1  # only some nerves named ("... for the L5 dorsal ramus"): n joints, n + 1 nerves
    # a midline plexus reached from both sides ("bilateral posterior retrocrural approach ... through each needle")
    # has no side of its own, yet two needles: its side mentions keep the bilateral approach
    two = p.laterality == "bilateral" or (
        p.laterality is None and any(m.value == "bilateral" for m in p.laterality_mentions))
    return units, (2 if two else 1)


def _told_given(ctx: NoteContext, drug: Drug) -> bool:
    """A drug of a session called off before it began counts only where its own sentence says it was given ('midazolam
    1 mg IV was given before the pressure rose'): one named with the booking ('Planned: right L5-S1 TFESI with
    dexamethasone 10 mg') was never given, so no line (round 22, pub22, d7-051)."""
    given = cue("drug_given_verb")
    return any(given.search(ctx.text, *ctx.idx.sentence_at(ev.start)) for ev in drug.evidence[:1])


def procedure_starts(p: Procedure) -> list[int]:
    """Where a procedure, its muscles and levels are written: a drug sentence holding one of them belongs to it."""
    facts = [p, *p.muscles, *p.levels, *p.nerves]
    return sorted({ev.start for f in facts for ev in f.evidence})


def nerve_units(p: Procedure | None) -> int | None:
    """Nerves per side of a medial branch procedure that names only its joints ("MBB at L4-5 and L5-S1, 0.5 mL per
    nerve"): n joints are n + 1 nerves. None when nerves are named or the procedure is no medial branch one."""
    if p is None or p.nerves or p.approach != "medial_branch" or not p.levels:
        return None
    return len(p.levels) + 1


def _date(text: str) -> dt.date | None:
    m = note_cue("date_of_service").search(text)
    if not m:
        return None
    raw = " ".join(m.group("d").split())
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    return None


class FactAssembler:
    def __call__(self, doc: Doc) -> Doc:
        ctx = NoteContext.build(doc)
        builder = ProcedureBuilder(ctx)
        procedures = builder.build()
        for p in procedures:  # before the drugs: a trigger point dose "each" is per muscle
            if p.family == "trigger_point":
                p.muscles = muscles_of(ctx, p)
        units, sides = site_units(procedures[0] if procedures else None)
        # a session of several procedures: a dose written under one of them counts that one's sites
        plans = [(procedure_starts(p), *site_units(p), nerve_units(p), len(p.muscles))
                 for p in procedures] if len(procedures) > 1 else []
        drugs = DrugBuilder(ctx, units, sides, nerve_units(procedures[0] if procedures else None), plans,
                            len(procedures[0].muscles) if procedures else 0).build()
        if builder.called_off:
            drugs = [d for d in drugs if _told_given(ctx, d)]
        imaging = events.imaging(ctx, builder.told_today)
        contrast = events.contrast(ctx, drugs)
        sedation = events.sedation(ctx, drugs)
        rf = events.radiofrequency(ctx) if any(p.family in _RFA for p in procedures) else None
        # one level given up while another was done ("T12 abandoned; L1 completed") is no reduced service
        incomplete = None if builder.step_abandoned else _incomplete_today(ctx)
        blocks = builder.procedure_blocks if len(procedures) > 1 and builder.blocks else []
        outside = _imaging_within(ctx, [b for bl in blocks for b in bl], inside=False) if blocks else None
        for i, p in enumerate(procedures):
            # one session: the first procedure holds the objects, later ones independent copies
            p.imaging = _copy(imaging, i)
            itemised = bool(blocks and blocks[i])
            if itemised:  # a numbered item of the session list: its own guidance, else what stands outside the items
                p.imaging = _block_imaging(_imaging_within(ctx, blocks[i], inside=True), outside)
            own = own_imaging(ctx, p) if len(procedures) > 1 and not itemised else None
            if own is not None and (p.imaging is None or p.imaging.modality != own._.meta["modality"]):
                p.imaging = Imaging(modality=own._.meta["modality"], evidence=[ctx.span_ev(own)])  # its own guidance
            p.contrast = _copy(contrast, i)
            p.sedation = _copy(sedation, i)
            if p.family in _RFA and rf is not None:
                p.radiofrequency = _copy(rf, i)
            if p.family in _EPIDURAL:
                p.catheter_left_in_place = events.catheter_left(ctx)
            if p.family == "sympathetic_block":
                p.radiofrequency = events.neurolysis(ctx, p)  # a neurolytic agent is the sympathetic family's lesion
            if p.family in ("scs_trial", "scs_implant", "pump_refill"):
                p.devices = events.devices(ctx)
            if p.family == "vertebral_augmentation":
                p.cavity_creation = p.approach == "kyphoplasty" or events.affirmed(ctx, "cavity_creation")
            if p.family == "pump_refill":
                if events.flag(ctx, "pump_no_reprogram"):
                    p.pump_reprogrammed = False
                elif events.flag_answered(ctx, "pump_reprogram"):
                    p.pump_reprogrammed = True
                if events.flag(ctx, "physician_skill"):
                    p.performed_by_physician = True
                elif events.flag(ctx, "staff_refill"):
                    p.performed_by_physician = False
            if incomplete:
                p.incomplete = True
        dos = _date(ctx.text)
        if dos is not None and not isinstance(doc.user_data.get(DOS_KEY), dt.date):
            doc.user_data[DOS_KEY] = dos  # no encounter date given: the note's own dates a relief "until mid-December"
        facts = NoteFacts(
            source=doc._.source,
            encounter=Encounter(date_of_service=dos, place_of_service=_pos(ctx.text)),
            procedures=procedures,
            drugs=drugs,
            assessments=assessments(ctx, procedures[0].family if procedures else None),
            necessity=necessity(ctx, dos),
            consent=events.consent(ctx),
            time_out=events.time_out(ctx),
            complications=events.complications(ctx),
            discharge_condition=events.discharge_condition(ctx),
            placeholders=[ctx.ev(p.start, p.end) for p in ctx.m.placeholders],
        )
        annotate_history(ctx, facts)
        doc._.facts = facts
        return doc


_BLOCK_LABELS = ("IMAGING", "EVENT")


def _incomplete_today(ctx: NoteContext) -> tuple[bool, object] | None:
    """The first reduced-service cue (lexicon `incomplete`) of TODAY's procedure, as `events.flag` gives it, skipping one
    whose clause tells an earlier attempt (lexicon `incomplete_history`: 'Sedation justification: a previous attempt
    without sedation was abandoned', 'the last injection was aborted for a vasovagal faint', 'abandoned at an outside
    clinic in 2024'): a past attempt given up explains today's plan, it is no -52 on today's lines."""
    text, past = ctx.text, cue("incomplete_history")
    for m in note_cue("incomplete").finditer(text):
        if ctx.idx.category_at(m.start()) in NOT_PERFORMED_SECTIONS:
            continue
        s, e = ctx.idx.sentence_at(m.start())
        s = max(s, text.rfind(";", s, m.start()) + 1)  # the clause: from its sentence's start or its last ';'
        cut = text.find(";", m.end(), e)
        if not past.search(text, s, cut if cut >= 0 else e) and not _care_stopped(ctx, m, s, cut if cut >= 0 else e) \
                and not _event_not_done(ctx, m, s):
            if cue("approach_converted").search(text):
                return None  # 'caudal attempt abandoned ... converted to L5/S1 interlaminar': no reduced service
            return True, m
    return None


def _event_not_done(ctx: NoteContext, m, s: int) -> bool:
    """Whether the reduced-service cue `m` tells a documentation step left undone, not the procedure ('WHO checklist
    not completed', 'The time out was not completed', 'LocSSIPs sign-in not completed'; round 20, tgap20): an event
    (time-out, consent) is its subject, right before it in its clause (lexicon `event_subject_gap`). That is the
    time-out's or consent's own finding, never a -52 on the lines."""
    gap = cue("event_subject_gap")
    return any(s <= x.start_char and x.end_char <= m.start() and gap.fullmatch(ctx.text, x.end_char, m.start())
               for x in ctx.spans("EVENT"))


_CARE_GAP = 40  # characters between a reduced-service word and the medicine or therapy it speaks of


def _care_stopped(ctx: NoteContext, m, s: int, e: int) -> bool:
    """Whether the reduced-service cue `m` speaks of a home medicine or therapy stopped ('the duloxetine was
    discontinued because of nausea', 'discontinued gabapentin', 'medications were stopped early'): a CARE mention or a
    medicine word (lexicon `incomplete_of_care`) a few words before it or right after it in its clause (s, e), with no
    procedure word nearer. A treatment stopped is history; only a procedure cut short is a -52."""
    lo, hi = max(s, m.start() - _CARE_GAP), min(e, m.end() + _CARE_GAP)
    if any(lo <= x.start_char < hi for x in ctx.spans("PROC")):
        return False  # 'injection discontinued after one level': the procedure itself
    if any(lo <= x.start_char < hi for x in ctx.spans("CARE")):
        return True
    return cue("incomplete_of_care").search(ctx.text, lo, hi) is not None


def _imaging_within(ctx: NoteContext, ranges: list[tuple[int, int]], inside: bool) -> Imaging | None:
    """The session imaging read from the guidance and saved-image mentions inside `ranges` (or outside them all): what
    a numbered item of a session list ('Procedure #2  Knee IA | Side: L | Guidance: US, image saved') writes is its own
    procedure's, and what stands outside every item ('Images: AP + lateral stored for each procedure') is everyone's."""
    def keep(char: int) -> bool:
        return any(s <= char < e for s, e in ranges) == inside
    targets = dict(ctx.targets)
    for label in _BLOCK_LABELS:
        targets[label] = [x for x in ctx.spans(label) if keep(x.start_char)]
    return events.imaging(replace(ctx, targets=targets))


def _block_imaging(own: Imaging | None, outside: Imaging | None) -> Imaging | None:
    """An item's imaging: its own modality, else the one written outside every item; a saved image from either."""
    if own is None or own.modality is None:
        base = outside.model_copy(deep=True) if outside is not None else None
        if own is not None and own.saved_images is not None:
            base = base or Imaging()
            base.saved_images, base.views = own.saved_images, own.views or base.views
            base.evidence += own.evidence
        return base
    if own.saved_images is None and outside is not None and outside.saved_images is not None:
        own.saved_images, own.views = outside.saved_images, own.views or outside.views
    return own


def _copy(model, index: int):  # noqa: ANN001, ANN202 - any facts model or None
    if model is None or index == 0:
        return model
    return model.model_copy(deep=True)


def _pos(text: str) -> str | None:
    m = note_cue("place_of_service").search(text)
    return m.group("pos") if m else None
