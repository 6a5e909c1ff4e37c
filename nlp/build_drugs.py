"""Drugs with doses: names (generic or brand), concentrations, volumes and per-site arithmetic.

Notes state doses in many shapes: "80 mg Depo-Medrol", "2 mL of 0.25% bupivacaine",
"Kenalog 40 mg/mL, 1 mL at each of 3 levels", or a solution ("a solution of 2 mL of 40 mg/mL
triamcinolone and 2 mL of 0.25% bupivacaine; 1 mL injected at each of 3 sites"). Quantities
attach to the drug they precede ("2 mL of ... bupivacaine") or, otherwise, to the drug before
them ("triamcinolone 40 mg"); totals are what was administered (cc = mL; 1% = 10 mg/mL).
"""

from __future__ import annotations

import re
from re import _constants as _C  # noqa: N812  (the parser's opcode names)
from re import _parser
from dataclasses import dataclass, field

from spacy.tokens import Span

from coding.facts import Drug, Evidence
from nlp.build_events import field_sentences
from nlp.build_necessity import care_outcome_cue
from nlp.build_procedures import carried_spans
from nlp.context import NOT_PERFORMED_SECTIONS, NoteContext, told_as_general_practice
from nlp.cues import cue, cue_map, cue_text, note_cue
from nlp.fast_regex import compile_rule, compile_with_start_set, gated_rule, lowered_once
from nlp.measures import number
from nlp.number_words import TENS, alternation, cardinals
from nlp.rules import compiled_patterns, lexicon, load_yaml

_GAP_OK = compile_rule(
      r"^(?:\s|of|the|a|an|preservative[\s-]*free|pf|preservative|free|plain|mg/ml|mg|mcg|ml|cc|%|percent|per\s+cent|\d|\.|/|-|\(|\)|"
      r"containing|total|solution|particulate|non[\s-]?particulate|nonparticulate|sterile|injectable|"
      r"suspension|acetate|phosphate|sodium|strength|"
      r"sod|phos(?:ph)?|hydrochl(?:oride)?|hcl|\bna\b|acet|trometh|"  # salt shorthand: "sod. phos.", "hydrochl." (r18)
      r"one|two|three|four|five|seven|half|quarter|point|decimal|zero|and\s+a\s+half|"  # "of one half percent", dictated
      r"/\s*(?:sites?|levels?|nerves?|joints?|sides?|points?|muscles?))*$",  # "0.5 cc/joint 0.5% bupi"
      re.IGNORECASE,
)
_NOT_DRUG_VOLUME = compile_rule(
      r"\s*(?:[-\s]*(?:(?:single|multi(?:ple)?)[\s-]*(?:dose|use)\s+)?(?:" + cue_text("drug_container_noun") + r")"  # r19: 'a 1 mL single-use vial'
      r"|(?:of\s+)?(?:(?:preservative[\s-]free|PF)\s+)?(?:normal\s+|sterile\s+|bacteriostatic\s+)?"
      r"(?:" + cue_text("drug_diluent_word") + r")\b"  # NSS, PFNS, NaCl: shorthand saline (round 17, fch-h-ilesi-01)
      r"|(?:of\s+)?(?:PMMA|(?:bone\s+)?cement|(?:poly)?methyl\s*methacrylate|polymethylmethacrylate)\b"  # augmentation
      r"|of\s+(?:the\s+)?" + cue_text("drug_same_mixture") + r"\b)",  # r18: a repeat's share
      re.IGNORECASE,
)
# A volume told right after a reference back to the mixture ("then the same mix, 2 mL", "the same injectate: 1.5 mL"):
# the repeat's share of that mixture, not the contrast's or another drug's volume (round 18b; "2 mL of the same
# mixture" is `_NOT_DRUG_VOLUME`'s).
_SAME_MIXTURE_BEFORE = compile_rule(r"\b(?:" + cue_text("drug_same_mixture") + r")\b[ \t]*[,:=\u2013-]?[ \t]*$",
                                    re.IGNORECASE)
_NOT_DOSE_MASS = compile_rule(
      # (a waste field on the next row, "total_injected=100 units" + newline + "wasted=0 units", is not this amount's;
      # a wrapped "40 units" + newline + "wasted." still is)
      r"(?![ \t]*\r?\n[ \t]*(?:discarded|wasted)\w*[ \t]*[:=|])"
      r"\s*(?:[-\s]*(?:single[\s-]dose\s+|multi[\s-]?dose\s+)?(?:vial|bottle|ampule|ampoule|syringe)"
      r"|(?:were|was|are|is)?\s*(?:discarded|wasted)"
      # a dilution, not a dose: "(2.5 units per 0.1 mL)", "5 units/0.1 mL" after reconstitution (an aliquot under a
      # millilitre; "80 mg / 2 mL" is the dose and its volume)
      r"|[ \t]*(?:/|per\b)[ \t]*0?\.\d+[ \t]*(?:ml|cc)\b"
      # a rate, not a dose: a pump "reprogrammed from 4.0 mg/day to 4.4 mg/day", "0.125 mg/hr", "2.5 mg per day"
      r"|[ \t]*(?:/|per\b|a\b)[ \t]*(?:24[ \t]*(?:h|hrs?|hours)|day|d|hr|h|hour)\b)",
      re.IGNORECASE,
)
# A word after a mixture's drugs that ends the mixing, so that a volume after it is the portion injected ("... was
# prepared; 1 mL was injected at each level"), also when the mixture is shared out ("A 1 mL solution of ... was
# divided equally, 0.5 mL into each joint").
_INJECTED_AFTER = compile_rule(r";|\bprepared\b|\bdrawn\s+up\b|\bmixed\b|\bmade\b|\bcombined\b|\bthen\b|"
                               r"\bof\s+which\b|\bfrom\s+which\b|\bthis\b|"
                               r"\b(?:divided|split|distributed|shared|apportioned)\b", re.IGNORECASE)
_SITE_WORD = r"(?:" + cue_text("drug_site_word") + r")\b"
_SOLUTION_VOLUME = compile_rule(
      # not a labelled field on the next line ("1.5 mL" + newline + "Medications injected:"), also after 'total' ("2 mL
      # total" + newline + "Injectate:") or with leader dots ("2 mL" + newline + "Injectate ....... Celestone 6 mg")
      r"(?![ \t]*(?:total[ \t]*)?\n[ \t]*[A-Z][\w /-]{0,30}?(?::|[ \t]*\.{3,}))\s*"
      # "1 cc each of a mixture of ...", "1 mL per point of a mixture", "1 mL apiece, with a mixture", "2 cc at each of
      # two levels of a solution": a per-site portion of the mixture named after it
      r"(?:(?:each|apiece|(?:per|/)\s*" + _SITE_WORD + r"|(?:at|into|in|to|for|on)\s+each"
      r"(?:\s+of\s+(?:the\s+)?(?:\w+\s+)?" + _SITE_WORD + r"|\s+" + _SITE_WORD + r")?)[ \t,]+(?:with\s+)?)?"
      r"(?:total\s+)?(?:of\s+)?"
      r"(?:this|the|that|which|above|prepared|mixed|combined|resulting)?\s*"
      r"(?:a\s+)?(?:" + cue_text("drug_mixture_noun") + r")"
      r"\b"  # a whole word: "Kenalog 40 mg/mL 2 mL mixed with 2 mL ..." is Kenalog's volume, not the mix's
      r"|\s*of\s+(?:which|it)\b"  # "..., 2 mL of which was injected at each level"
      # the mixture as a bare pronoun before its verb ("... was made, and 1 mL of this was injected at each foramen",
      # "2 cc of that was then placed per joint"; round 20, pub20b)
      r"|\s*of\s+(?:this|that)(?=\s+(?:was|were|is|then|being|injected|given|placed|delivered|instilled)\b)",
      re.IGNORECASE,
)


# A step told as done before the drug's act ('after the skin wheal ...', 'following local infiltration'): `_drug_place`.
_AFTER_STEP = compile_rule(r"\b(?:after|following|once|post)\s+(?:the\s+|a\s+|adequate\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


def _own_vials_waste(doses: list, total: float | None, unit: str | None) -> float | None:
    """The waste of two or more administrations counted in a drug's total that each tell, in a sentence of their own,
    what was discarded from their own vial ("dexamethasone 4 mg from a 10 mg/mL single-dose vial, 0.6 mL discarded",
    then the other side's "dexamethasone 4 mg from a second 10 mg/mL single-dose vial, 0.6 mL discarded"; round 20,
    tgap20): two vials were opened, so their waste adds as their doses do. None when fewer than two sentences tell one,
    when the total left a restated dose out (one vial may then be told twice), or when a volume lacks the strength to
    weigh it."""
    if total is None:
        return None
    own: dict[int, DrugMention] = {}
    for m, dose, _, _ in doses:
        if dose is not None and m.discard_sentence is not None and m.vial_account:
            own.setdefault(m.discard_sentence, m)
    if len(own) < 2 or abs(sum(d for _, d, _, _ in doses if d is not None) - total) > 1e-6:
        return None
    strength = next((m.conc_value for m, _, _, _ in doses if m.conc_value and m.conc_unit == unit), None)
    waste = 0.0
    for m in own.values():
        if m.discarded_ml and unit != "mL":
            weight = m.conc_value if m.conc_value and m.conc_unit == unit else strength
            if not weight:
                return None
            waste += m.discarded * weight
        else:
            waste += m.discarded
    return round(waste, 4)


def _container(text: str, s: int, e: int) -> str | None:
    """The kind of container text[s:e] says the drug came from ('single_dose', 'multi_dose'; lexicon
    `drug_container`), or None: only a single-dose container has a reportable discarded amount (JW/JZ)."""
    return next((kind for kind, rx in cue_map("drug_container").items() if rx.search(text, s, e)), None)


_VIAL = compile_rule(r"\b(?:reconstitut\w*|diluted|vial)\b", re.IGNORECASE)
_DISCARDED = compile_rule(
      r"(?P<num>\d*\.?\d+)\s*(?P<unit>mg|mcg|ml|cc|units?)\s+(?:was\s+|were\s+|is\s+)?(?:discarded|wasted)"
      r"|(?:discarded|wasted)\s*:?\s*(?P<num2>\d*\.?\d+)\s*(?P<unit2>mg|mcg|ml|cc|units?)",
      re.IGNORECASE,
)
# A single-dose container's discarded amount (JW) in the other shapes notes write it, checked at each amount read:
# after it, in its own clause with no word of giving between ("The remaining 20 units in the single-use vial were
# discarded", "20 units of unused toxin were wasted in the presence of a witness", "twenty units were disposed of"), also
# past the amount restated in brackets ("the remaining 10 mg (0.25 mL) was discarded") ...
_WASTED_AFTER = compile_rule(
      r"(?:[ \t]*\([^()\n]{1,30}\))?"
      # (a word of none between tells the vial's size, not a discarded amount: "a 1 mL single-dose vial with nothing
      # wasted", "the 40 mg vial, of which none was discarded"; round 19, r3b, fdn-tfesi-01)
      r"(?:(?!\b(?:inject|administ|given|gave|deliver|placed|into|infiltrat|used\b|per\b|nothing\b|none\b|no\b|not\b|"
      r"zero\b|nil\b|without\b))[^.;:,\d\n]){0,50}?"
      r"\b(?:(?:was|were|is|are|has\s+been|have\s+been|then)\s+)*(?:discarded|wasted|disposed|thrown\s+(?:away|out))\b",
      re.IGNORECASE)
# ... or a discard verb or label before it ("Wasted: 20 units", "Discarded amount - 20 units", "JW: 20 units", "Waste 20 U").
_WASTED_BEFORE = compile_rule(
      r"\b(?:discarded|wasted|waste|wastage|disposed\s+of|JW|unused)(?:\s+(?:amount|volume|drug|portion|quantity|"
      r"medication|toxin|product))?[ \t]*(?:[:=(\u2013-][ \t]*|(?:was|were|is)[ \t]+)?(?:approx\.?[ \t]*|about[ \t]+)?$",
      re.IGNORECASE)
# A field that names the unit in its label: "Units wasted: 20", "Units discarded - 45".
# A form table's waste column and its cells (`_waste_cell`): the header cell ('Wasted', 'Waste (mL)', 'Amount discarded',
# 'JW'), a cell saying nothing was ('0 mL', '0', 'none', 'no', 'n/a'), a cell with the amount discarded ('0.5 mL').
_WASTE_HEADER = compile_rule(r"[ \t]*(?:(?:amount|amt\.?|volume|vol\.?|drug|qty)[ \t]+)?(?:" + cue_text("drug_waste_column")
                             + r")\b(?![ \t]*(?:in|from|at)\b)", re.IGNORECASE)
_WASTE_CELL_NONE = compile_rule(r"[ \t]*(?:" + cue_text("drug_waste_cell_none") + r")"
                                r"[ \t]*(?:mg|mcg|ml|cc|units?)?[ \t]*$",
                                re.IGNORECASE)
_WASTE_CELL_AMOUNT = compile_rule(r"[ \t]*(?P<num>\d*\.?\d+)[ \t]*(?P<unit>mg|mcg|ml|cc|units?)?[ \t]*$", re.IGNORECASE)
_HEADER_UNIT = compile_rule(r"\(\s*(mg|ml|cc|units?)\s*\)", re.IGNORECASE)  # 'Wasted (mL)': a bare number's unit
_TABLE_HEADER_LOOKBACK = 8  # rows above a drug row searched for its table's header
_WASTED_UNITS_LABEL = compile_rule(r"\bunits?\s+(?:discarded|wasted)\s*[:=\u2013-]?\s*(?P<num>\d+(?:\.\d+)?)\b(?!\.\d|\s*(?:%|mg|mcg|ml|cc))",
                                   re.IGNORECASE)
# "The remainder of the vial was discarded", "the rest was wasted", "unused toxin discarded": no amount written, so the
# vial's size less the dose given (`DrugMention.vial`).
_REMAINDER_WASTED = compile_rule(r"\b(?:" + cue_text("drug_remainder_word") + r")\b[^.;\d\n]{0,40}?"
                                 r"\b(?:discarded|wasted|disposed)\b", re.IGNORECASE)
# A note about an implanted pump's reservoir (the fill fields below are read only there).
_PUMP_NOTE = compile_rule(r"\b(?:pump|reservoir)\b", re.IGNORECASE)
# The volume placed in a pump's reservoir, as a field or clause: "Volume added: 20 mL", "Fill volume - 20 mL", "VOLUME:
# 20 ML", "volume 20 mL", "Refill volume 18 mL", "Vol. instilled: 20 cc".
# Round 12 (fbg-pump-01): the place after the verb, "Volume placed in reservoir: 20 mL", "Volume added to pump: 18 mL".
_FILL_VOLUME = compile_rule(r"\b(?:(?:fill|refill|new|added|instilled|placed|infused)\s+)?vol(?:ume|\.)?"
                            r"(?:\s+(?:added|instilled|placed|infused|injected|filled|refilled|of\s+(?:new\s+)?drug)"
                            r"(?:\s+(?:in|into|to)\s+(?:the\s+)?(?:reservoir|pump))?)?"
                            r"[ \t]*[:=\u2013-]?[ \t]*(?P<v>\d{1,2}(?:\.\d+)?)[ \t]*(?:ml|cc)\b", re.IGNORECASE)
# ... but not a volume taken out or expected ("Residual volume: 3 mL", "expected volume 2.7 mL", "old volume 1.8 mL").
_NOT_FILL_BEFORE = compile_rule(r"\b(?:" + cue_text("drug_pump_not_fill_before") + r")[ \t]*$", re.IGNORECASE)
# What stands between two drugs of one pump admixture ("20 mL of hydromorphone 8 mg/mL with bupivacaine 5 mg/mL"):
# the first drug's strength and a joining word, nothing else; the second drug then shares the volume placed.
_ADMIXTURE_GAP = compile_rule(r"[ \t,]*(?:\(?[ \t]*\d[\d.,]*[ \t]*(?:mg|mcg|\u00b5g|micrograms?|milligrams?|units?)[ \t]*"
                              r"(?:/|per)[ \t]*(?:ml|cc)[ \t]*\)?)?[ \t,]*(?:with|and|plus|\+|&|/)[ \t]*", re.IGNORECASE)
# The value of an 'Imaging:' field that is today's guidance, not a study: "fluoroscopy", "live fluoro", "C-arm", "ultrasound".
_GUIDANCE_VALUE = compile_rule(r"[ \t:=-]*(?:(?:live|real[\s-]?time|intermittent|pulsed|continuous|biplanar|AP)\s+)?"
                               r"(?:" + cue_text("drug_guidance_value") + r")\b", re.IGNORECASE)
# An amount's place named as a spinal level after it: "at the L5-S1 foramen", "into the right S1 foramen", "at L4-5".
_AT_LEVEL = compile_rule(r"\b(?:at|into|in|to|through)\s+(?:the\s+)?(?:(?:right|left)\s+)?"
                         r"(?P<lv>[CTLS]\d{1,2}(?:\s*[-/]\s*[CTLS]?\d{1,2})?)(?![\w-])", re.IGNORECASE)
# How many sentences after a drug sentence may tell its vial ("Single-use vial(s); nothing wasted.", `_vial_told_after`).
_VIAL_LOOKAHEAD = 3
# A table header whose last column holds a toxin's units ("Muscle | Units", "Site<TAB>Units", "Muscle | Dose (units)")
# and a row of it ending on a bare number ("Left upper trapezius | 30"): the number is that muscle's units.
_UNITS_COLUMN = compile_rule(r"[ \t|]*[A-Za-z][^\n|\t]{0,40}?(?:[ \t]*\|[ \t]*|\t+|[ ]{2,})(?:dose[ \t]*\(?[ \t]*)?"
                             r"(?:units?|U)\b[ \t]*\)?(?:[ \t]+(?:injected|given))?[ \t|]*$", re.IGNORECASE)
_UNITS_ROW = compile_rule(r"(?:\||\t|[ ]{2,})[ \t]*(?P<n>\d{1,3}(?:\.\d)?)[ \t]*(?:u|units?)?[ \t|]*$", re.IGNORECASE)
# How many sentences after a toxin's name may hold its amounts (one muscle a line in a template).
_TOXIN_LOOKAHEAD = 12
# A word that makes the last of a toxin's amounts their total ("80 units in all across the four muscles", "for a total
# of 100 units", "Total: 90 units", "100 units altogether").
# (an underscore parts words of an export's key: "total_injected=100 units", "units_total=")
_TOXIN_TOTAL = compile_rule(r"(?<![^\W_])(?:" + cue_text("drug_toxin_total") + r")(?![^\W_])", re.IGNORECASE)
# A toxin amount given at each of several muscles or sides: "25 units into each upper trapezius" (a pair), "20 units to
# both splenius capitis", "10 units at each of the 4 sites", "5 units into each of six points", "5 units x 2", "5 units per
# site at 31 sites".
_COUNT_WORD = r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve)"
_TOXIN_EACH = compile_rule(r"[ \t]+(?:(?:in|into|to|at|for|per|on)[ \t]+)?(?:each|both|either)\b"
                           r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?P<n>" + _COUNT_WORD + r")\b"
                           # "25 units each x 4 muscles", "each, times 4 sites" (round 18, fcz-h-tpi-01)
                           r"|[ \t]*,?[ \t]*(?:x|\u00d7|times)[ \t]*(?P<n4>\d{1,2})[ \t]+(?:sites|points|muscles|injections|locations)\b"
                           r"|(?![ \t]+of\b))"
                           r"|[ \t]*(?:x|\u00d7|times)[ \t]*(?P<n2>\d{1,2})\b(?![ \t]*(?:mL|cc|units?|u)\b)"
                           r"|[ \t]*(?:per|/|at[ \t]+each|in[ \t]+each|into[ \t]+each|each)[ \t]*(?:site|point|muscle|injection|location)s?\b"
                           r"[ \t,]+(?:(?:at|across|over|into|in|to|for|x)[ \t]+)?(?:a[ \t]+total[ \t]+of[ \t]+)?(?:all[ \t]+)?"
                           r"(?P<n3>" + _COUNT_WORD + r")[ \t]+(?:sites|points|muscles|injections|locations)\b", re.IGNORECASE)
# Any word of discarding in a sentence: the cheap test before the amount-by-amount checks above.
_WASTE_WORD = compile_rule(r"\b(?:discard\w*|wast\w*|dispos\w*|thrown|JW)\b", re.IGNORECASE)
# A toxin vial's size written with the word vial: "a 100 unit vial of Botox", "Botox 200-unit vial", "vial of 100 units".
_VIAL_UNITS = compile_rule(r"(?P<n>\d{2,3})[\s-]*(?:units?|u)\b[\s-]*(?:\(\s*)?(?:single[\s-]*(?:dose|use)\s+)?vial\b"
                           r"|\bvial\s+(?:of\s+|containing\s+|with\s+)?(?:\w+\s+){0,2}?(?P<n2>\d{2,3})\s*(?:units?|u)\b",
                           re.IGNORECASE)
_ROUTE = compile_rule(r"\b(" + cue_text("drug_route") + r")\b", re.IGNORECASE)  # (lexicon `drug_route`)
# "divided/split between the two levels": the amount named before it is the total shared out.
_SHARED_OUT = r"\b(?:divided|split|distributed|shared|apportioned)\s+(?:evenly\s+|equally\s+)?(?:between|among|amongst|across|over)"
_DIVIDED = compile_rule(_SHARED_OUT + r"\b"
                        # "80 mg ..., half at each level", "10 mg, divided equally, ... at each level"
                        r"|\bhalf\s+(?:of\s+(?:it|this|the\s+\w+)\s+)?(?:at|to|into|in|on)\s+each\b"
                        r"|\b(?:divided|split)\s+(?:evenly|equally|in\s+half|in\s+two)\b"
                        # "... was prepared and roughly equal portions were injected into each of the three muscles"
                        r"|(?:" + cue_text("drug_equal_shares") + r")"
                        # shorthand: the word alone after the amount ('GON B/L 40K split + ...', 'DM 80 split B/L', 'Kenalog
                        # 80 mg divided, ...'; round 22, ocr22)
                        r"|(?<=\w)[ \t]+(?:split|divided)\b(?=[ \t]*(?:[(+,;:]|(?-i:B/L)(?!\w)|bilat\w*|b/l\b|\n|$))",
                        re.IGNORECASE)
# "a 1:1 mixture of ...", "2:1 mix", dictated "a one to one mixture": component shares of a solution given only by ratio.
# Round 22 (gap22): also a slash or hyphen ('a 50/50 mix', 'one-to-one mixture') and equal shares told in words ('equal
# parts', 'mixed in equal volumes', 'half and half'; group `eq`, a 1:1 mixture).
_RATIO_MIX = compile_rule(r"\b(?:(?P<a>\d+(?:\.\d+)?|one|two|three)\s*(?::|/|-|\s+to\s+|-to-)\s*(?P<b>\d+(?:\.\d+)?|one|two|three)\s+"
                          r"(?:mixture|mix|solution|combination|"
                          r"admixture|ratio|blend)\b|(?P<eq>equal\s+(?:parts|volumes|amounts|quantities|proportions)|"
                          r"half[\s-]+and[\s-]+half))", re.IGNORECASE)
# A word that makes an amount near a drug the whole, not a per-site amount ("10 mg total"; "in all" closing its clause:
# "Omnipaque 240, 4 mL in all, confirmed flow at every level").
# ... and 'overall' closing its clause, 'all told', 'in aggregate' ('so 40 mg of triamcinolone overall'; round 17b, e3).
# The words: lexicon.yaml `drug_total_near`.
_TOTAL_NEAR = compile_rule(r"(?<!\()\b(?:" + cue_text("drug_total_near") + r")\b(?!\s*\))"
                           r"(?!\s+(?:of\s+)?(?:\d|" + "|".join(cardinals(2, 6)) + r")\s*"
                           r"(?:sites?|levels?|joints?|nerves?|points?))", re.IGNORECASE)
# An amount in digits with its unit, read by `_sites_total_restated` (round 19, intl19).
_CLAUSE_AMOUNT = compile_rule(r"(?<![\d.])(?P<v>\d+(?:\.\d+)?)\s*(?P<u>mL|ml|cc|mg)\b(?!\s*/)", re.IGNORECASE)
# A field accounting for the vials used, after the amounts given (round 17, fcg-tfesi-01): "Drug supply: dexamethasone
# 10 mg/mL single-dose vial x1, 1 mL drawn up and used in full", "Vials used - ...", "Waste log: ...": its amounts are
# the whole again (the arithmetic of `_without_restated_whole` still has to agree).
# The labels: lexicon.yaml `drug_supply_label`.
_SUPPLY_LABEL = compile_rule(r"[ \t\-*\u2022]*(?:" + cue_text("drug_supply_label") + r")[ \t]*[:=\u2013\u2014-]",
                             re.IGNORECASE)
# The vial's contents told as used up in the drug's clause ("1 mL drawn up and used in full", "the entire vial used").
# The wordings: lexicon.yaml `drug_vial_used_up`.
_VIAL_USED_UP = cue("drug_vial_used_up")
_CUMULATIVE_WHOLE = cue("drug_cumulative_whole")  # "..., for the whole 6 mL of bupivacaine and 30 mg of ketorolac"
# A label opening a list of the session's totals ("Totals: dex 10 mg, bupi 10 mg", "Session totals - ...", "Total given:
# ..."): every drug of the list is a whole, restating its amounts given before.
# A line opening on a field named for the drugs, numbered or in a table ('14. MEDICATIONS:', 'Contrast agent |',
# 'Injectate -'): `_drug_field`. The field names: lexicon.yaml `drug_field_label`.
_DRUG_FIELD_LABEL = compile_rule(r"[ \t]*(?:\d{1,2}[.)][ \t]*)?(?P<label>" + cue_text("drug_field_label") +
                                 r")[ \t]*(?::|\||-[ \t])", re.IGNORECASE)

_TOTALS_LABEL = compile_rule(r"[ \t\-*\u2022]*(?:(?:session|procedure|grand|overall|drug|medication)\s+)?totals?"
                             r"(?:\s+(?:given|injected|administered|used|dose[sd]?|amounts?))?[ \t]*[:=\u2013\u2014-]",
                             re.IGNORECASE)
# An amount told as all of a drug ("all 40 mg were used", "the whole 40 mg was injected", "the entire 20 mg"): a whole.
_BRACKET_TOTAL_WORD = compile_rule(r"\b(?:" + cue_text("drug_bracket_total") + r")\b", re.IGNORECASE)  # "(total 6 mL ...)"
# A sentence opening on a total word ("Altogether 6 mL of bupivacaine and 30 mg of ketorolac were given", "In all,
# ..."): `_opens_with_total`.
_TOTAL_OPENS = compile_rule(r"[ \t\-*\u2022]*(?:" + cue_text("drug_total_opens") + r")\b", re.IGNORECASE)
_ALL_OF_AMOUNT = compile_rule(r"\b(?:all|(?:the\s+)?(?:whole|entire|full))\s+(?:of\s+(?:the\s+)?)?"
                              r"\d+(?:\.\d+)?\s*(?:mg|mcg|units?)\b", re.IGNORECASE)
# After a bracketed amount: it is each site's share ("(20 mg each)", "(20 mg apiece)", "(20 mg per joint)").
_PAREN_EACH = compile_rule(r"[ \t]*(?:each|apiece|a\s+piece|per\s+(?:joint|level|side|site|foramen|nerve|point|injection))\b"
                           r"[ \t]*\)", re.IGNORECASE)
# The count a division names: "split evenly between the two joints", "shared among 3 levels", "across both sides".
_DIVIDED_COUNT = compile_rule(_SHARED_OUT + r"\s+(?:the\s+)?(?P<n>\d|" + "|".join(cardinals(2, 6)) + r"|both)\b",
                              re.IGNORECASE)
# An earlier block told by its order or date ("the first diagnostic block on 7/9/2024", "prior MBB (01/15/2026)", "initial
# block last month"): with only a strength of its anaesthetic and a relief, it names a past session's drug.
_DATED_EARLIER_BLOCK = compile_rule(
    r"\b(?:first|1st|initial|prior|previous|earlier|preceding|last)\s+(?:\w+\s+){0,2}?(?:blocks?|MBBs?|injections?|procedures?)\b"
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b(?:last|previous)\s+(?:week|month|year)\b"
    # a month and year ("11/2025 | R L3, L4 MB + L5 DR, lidocaine | 90%", a block-history table row; round 17, fcg-rfa-01)
    r"|\b(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}\b", re.IGNORECASE)
_TODAY_WORD = compile_rule(r"\btoday(?:'s)?\b|\bthis\s+(?:block|injection|procedure|session)\b", re.IGNORECASE)
# What may stand between a total word and the drug it totals ("a total of 40 mg of triamcinolone").
_TOTAL_OF_NEXT = compile_rule(r"[ \t]*(?:of[ \t]+)?(?:\d+(?:\.\d+)?[ \t]*(?:mg|mcg|units?|ml|cc)[ \t]+(?:of[ \t]+)?)?",
                              re.IGNORECASE)
# Between an amount and the drug it names in a summing clause ("20 mg of triamcinolone", "30 mg lidocaine").
_OF_BEFORE_NAME = compile_rule(r"[ \t]*(?:of[ \t]+)?", re.IGNORECASE)
# A level told from the one just treated: "at the level above", "the adjacent level", "the next level down".
_RELATIVE_LEVEL = compile_rule(r"\b(?:level|segment|foramen|interspace)\s+(?:above|below|up|down)\b|\b(?:adjacent|next|"
                               r"cephalad|caudad|upper|lower)\s+(?:level|segment|foramen|interspace)\b", re.IGNORECASE)
# A repeat told as a plan or not done: "will be treated next month with the same doses", "was not repeated".
_NOT_DONE_YET = compile_rule(r"\b(?:will|would|shall|plan(?:s|ned)?|if\s+needed|next\s+(?:time|visit|week|month)|"
                             r"not|deferred|postponed)\b", re.IGNORECASE)
_CONTRAST_WORD = compile_rule(r"\b(?:contrast|dye)\b", re.IGNORECASE)
# The spelled counts of sites that `_site_count` reads, and the same words as the site-count regexes' alternation.
_WORD_SITES = cardinals(2, 8)
_SITE_COUNT_WORDS = "|".join(_WORD_SITES)  # two|three|four|five|six|seven|eight
# A count of sites or targets ("at all four targets", "Four lesion sites", "the 4 sites").
_SITES_COUNTED = compile_rule(r"\b(?P<n>\d{1,2}|" + _SITE_COUNT_WORDS + r")\s+(?:(?:lesion|target|injection|entry|"
                              r"needle|treatment)\s+)?(?:targets?|sites?|locations?)\b", re.IGNORECASE)
# "the entire vial was used with no waste": nothing discarded from a single-dose container (JZ).
# (lexicon `drug_no_discard` and `drug_used_in_full`; only whether it is found is read, so the order is free)
_NO_DISCARD = compile_rule(cue_text("drug_no_discard") + "|" + cue_text("drug_used_in_full"), re.IGNORECASE)
# A volume taken out or expected, not given: "withdrew 2.6 mL (expected 2.8 mL)", "residual volume 3 mL" (but "after
# negative aspiration 2 mL of 1% lidocaine was injected": the safety check before the amount given, also in shorthand
# ('neg aspiration: 2 mL 1% lido', 'neg. aspiration', '-ve aspiration'; round 19, fdk-h-onb-03); also with a trailing
# space or CR before a line break between the words, 'after negative' + ' \n' + 'aspiration 2 mL').
_NOT_GIVEN_BEFORE = compile_rule(r"\b(?:withdr[ae]w\w*|emptied|drained|(?<!negative\s)(?<!neg\s)(?<!neg\.\s)(?<!-ve\s)(?<!careful\s)(?<!after\s)(?<!following\s)(?<!negative\s\s)(?<!careful\s\s)(?<!after\s\s)(?<!following\s\s)aspirat\w*|removed|residual|remaining|expected|returned|discarded)\b"
                                 r"(?:\s+(?:the\s+)?(?:reservoir|pump)(?=\s+of\b))?"  # "emptied the reservoir of 3 mL"
                                 r"(?:\s+(?:volume|amount|of|was|were|is|vol\.?))*\s*:?\s*(?:of\s+)?(?:approximately\s+|about\s+)?$",
                                 re.IGNORECASE)
# "Depo-Medrol 40 mg/1 mL" with no other amount: the written unit dose is what was given.
# A strength naming the vial it belongs to: "a 40 mg/1 mL single-dose vial", "10 mg/1 mL SDV", "40 mg/1 mL vials".
# The words: lexicon `drug_vial_kind`, `drug_vial_noun`, `drug_vial_abbrev`, `drug_vial_strength_link`.
_VIAL_AFTER = compile_rule(r"[ \t]*(?:(?:" + cue_text("drug_vial_kind") + r"[ \t]+)?(?:" + cue_text("drug_vial_noun") + r")|"
                           + cue_text("drug_vial_abbrev") + r")\b", re.IGNORECASE)
_VIAL_BEFORE = compile_rule(r"\b(?:" + cue_text("drug_vial_noun") + "|" + cue_text("drug_vial_abbrev") + r")[ \t]+(?:"
                            + cue_text("drug_vial_strength_link") + r")[ \t]+$", re.IGNORECASE)
_ONE_ML_DOSE = compile_rule(r"/\s*(?:1\s*|one\s+)(?:ml|cc)\b", re.IGNORECASE)  # also dictated "6 mg / one mL"
# A count of injection sites written in the sentence ("4 trigger points", "three injection sites").
_STATED_SITES = compile_rule(r"\b(?<![/.-])(?P<n>\d{1,2}|" + _SITE_COUNT_WORDS + r")\s+(?:separate\s+|total\s+)?"
                             r"(?:trigger\s+points?|injection\s+sites?|points?(?![ \t]+\d)|sites?|locations?|muscles?"
                             r"|(?:genicular\s+|target\s+)?nerves)\b"
                             r"|\b(?:TPIs?|trigger\s+points?(?:\s+injections?)?)\s*(?:x|\u00d7|times\b)\s*"
                             r"(?P<n2>\d{1,2}|" + _SITE_COUNT_WORDS + r")\b",
                             re.IGNORECASE)  # "TPI x 4 (...) with 1 mL 1% lidocaine each"; not a dictated "1 point 5 mL"
# A volume said to come out, after it: "1.8 mL returned, 20 mL morphine 25 mg/mL placed", "2 mL was aspirated".
# Also with the word "residual" before the verb or alone ("2 mL residual withdrawn", "1.5 mL residual volume").
_NOT_GIVEN_AFTER = compile_rule(r"\s*(?:(?:of\s+)?residual(?:\s+(?:volume|drug|medication|fluid))?\b\s*)?(?:(?:was|were)\s+)?"
                                r"(?:returned|withdrawn|aspirated|removed|remaining|left\s+in|(?<=residual)|(?<=volume)"
                                r"|(?<=drug)|(?<=medication)|(?<=fluid))\b",
                                re.IGNORECASE)
# A test dose told by its volume alone ("After negative aspiration and a 0.5 mL test dose, 6 mL of 0.25% bupivacaine
# was injected", "test dose of 1 mL, then 5 mL of ..."): the drug it was is not written, so it is no named drug's amount
# (a test dose of a named drug, "0.5 mL test dose of lidocaine", "test dose: 1 mL of 1% lidocaine", still is).
_TEST_DOSE_AFTER = compile_rule(r"[ \t]*(?:\(\s*)?(?:was\s+given\s+)?(?:as\s+)?(?:a\s+)?test[\s-]+dose\b(?!\s+of\b)",
                                re.IGNORECASE)
_TEST_DOSE_BEFORE = compile_rule(r"\btest[\s-]+dose\s*(?:of|was|:|=|,)?\s*(?:approximately\s+|about\s+)?$", re.IGNORECASE)
# A test dose naming its drug, then the rest of a stated whole in the same sentence ("a 0.5 mL test dose of 0.5%
# ropivacaine was followed by the rest of a 5 mL total", "... then the balance of the 6 mL volume", "... up to a total of
# 5 mL"): the whole includes the test dose, so the test dose is no amount of its own (round 19, r3b, fdn-h-stellate-01).
_TEST_DOSE_OF = compile_rule(r"[ \t]*(?:\(\s*)?(?:as\s+)?(?:a\s+)?test[\s-]+dose\s+of\b", re.IGNORECASE)
_REST_OF_TOTAL = compile_rule(r"\b(?:(?:rest|remainder|balance)\s+of\s+(?:a|the|an)\s+(?:total\s+(?:of\s+)?)?|(?:up\s+)?to\s+a\s+total\s+(?:of\s+)?)"
                              r"(?=\d*\.?\d+\s*(?:mL|cc)\b)", re.IGNORECASE)
# A bracketed total of a mixture ('(3 mL total)', '(total 3 mL)', '(total volume 4 mL)', '(4 mL in total)') and the
# words that join the drugs of one mixture ('mixed with', 'with', 'and', '+'; `_mixture_total`, round 20, gap20).
_MIX_TOTAL_PAREN = compile_rule(r"\((?=[^()\n]{0,30}\btotal\b)[^()\n]{0,36}\)", re.IGNORECASE)
_MIX_LINK = compile_rule(r"\b(?:" + cue_text("drug_mix_link_word") + r")\b|\+", re.IGNORECASE)
# Sacral foramina named as the lateral branches' targets ('lateral to the right S1, S2 and S3 foramina'; round 20).
_LATERAL_TO = compile_rule(r"\blateral\s+to\s+(?:the\s+)?(?:(?:right|left|bilateral|rt|lt)\s+)?$", re.IGNORECASE)
_LATERAL_BRANCH = compile_rule(r"\blateral\s+branch", re.IGNORECASE)
# A second amount given at the one dorsal ramus right after it ('... per lateral branch and 1 mL at the dorsal ramus',
# '... and 0.5 mL to the L5 DR'; `_once_at_the_ramus`, round 20, gap20b).
_RAMUS_ONCE = compile_rule(r"[ \t]*(?:" + cue_text("drug_ramus_once_preposition") + r")\s+(?:the\s+)?(?:(?:right|left|rt|lt)\s+)?(?:L5\s+)?"
                           r"(?:(?:dorsal|posterior)\s+(?:primary\s+)?ramus|(?-i:DR))\b", re.IGNORECASE)
# The probes of an SI joint lesioning or block ('1 mL per lateral branch and 1 mL at each probe'; `_probe_sites`, round 21)
# and the dorsal ramus named among their targets.
_PROBE_SITE = compile_rule(r"\b(?:" + cue_text("drug_probe_site_word") + r")\b", re.IGNORECASE)
_RAMUS_NAMED = compile_rule(cue_text("drug_ramus_name"), re.IGNORECASE)  # (lexicon `drug_ramus_name`)
# A percentage strength right before or right after a drug's name (`_percent_at`, round 21).
_PERCENT_BEFORE = compile_rule(r"(?<![\d.])(?P<p>\d*\.?\d+)[ \t]*%[ \t]*$")
_PERCENT_AFTER = compile_rule(r"[ \t]*\(?[ \t]*(?P<p>\d*\.?\d+)[ \t]*%")
# A drug's clause closed by its verb of giving before the next clause ('... was injected, and ...'; round 20, gap20).
_CLAUSE_DONE = compile_rule(r"\b(?:was|were)\s+(?:\w+\s+)?(?:" + cue_text("drug_clause_done_verb") + r")\b[ \t]*[,;]",
                            re.IGNORECASE)
# The rest given after a test dose (`_remainder_after_test_dose`, round 20, gap20): 'then the remaining 4.5 mL was
# injected', 'followed by the remaining 4 mL', 'we injected the remaining 9 mL of the solution', 'the remaining 4 mL of
# lidocaine was then given' (the drug named again, gap20b).
_REMAINING_GIVEN_BEFORE = compile_rule(r"\b(?:the\s+)?remaining\s*(?:volume\s+(?:of\s+)?)?$", re.IGNORECASE)
_GIVEN_AFTER_REMAINDER = compile_rule(r"(?:\s+of\s+(?:the\s+)?(?:" + cue_text("drug_remainder_of_noun") + r"|"
                                      r"(?:\d*\.?\d+\s*%\s+)?[a-z]+(?:\s+\d*\.?\d+\s*%)?))?\s+(?:was\s+|were\s+)?(?:then\s+|slowly\s+)?"
                                      r"(?:" + cue_text("drug_remainder_given_verb") + r")\b", re.IGNORECASE)
_GIVING_BEFORE_REMAINDER = compile_rule(r"\b(?:" + cue_text("drug_giving_before_remainder") + r")"
                                        r"\s+(?:the\s+)?remaining\s*$", re.IGNORECASE)
_TEST_DOSE_ANY = compile_rule(r"\btest[\s-]+dose\b", re.IGNORECASE)
_TEST_DOSE_WORD = compile_rule(r"\btest[\s-]+dose\b(?:[^.;]|\.(?=\d)){0,80}?\bnegative\b", re.IGNORECASE)
_OTHER_NEGATION = compile_rule(r"\b(?:no|not|without|never|denie[sd]|declined|held|deferred|omitted|instead\s+of)\b",
                               re.IGNORECASE)
# A volume named by the carrier before it ("with 0.25% bupivacaine 6 mL and saline 4 mL", "NS 5 cc"): no drug's.
# ... or the bone cement of a vertebral augmentation, named before its volume ("PMMA cement 2.5 mL each side",
# "Cement: 3 mL per level", "polymethylmethacrylate, 4 cc"): a device material, never a drug's amount.
_DILUENT_BEFORE = compile_rule(r"\b(?:(?:normal|sterile|bacteriostatic|preservative[\s-]free)\s+)?"
                               r"(?:" + cue_text("drug_carrier_name") + r")"
                               r"(?:\s+(?:volume|total))?[ \t:,=-]*\n?[ \t]*$",
                               re.IGNORECASE)
# Bone cement named before its volume in the volume's clause, with no drug named between ("PMMA of toothpaste
# consistency 3.5 mL per side", "cement injected under lateral fluoroscopy, 2.5 mL at T11 and 3 mL at T12"): the
# augmentation's cement, never a dose of the local anaesthetic named earlier in the sentence (round 19, r3b,
# fdn-va-01; a drug named after the cement, "cement kit opened, then 1% lidocaine 5 mL", keeps its volume).
_CEMENT_CLAUSE = compile_rule(r"\b(?:" + cue_text("cement_name") + r")\b"
                              r"(?:[^;.\n]|\.(?=\d)){0,80}$", re.IGNORECASE)
# Contrast that "gave an" + newline + "arthrogram": today's image, not a past result (ConText's PSEUDO phrases do not
# reach across the line break); a result of relief ("gave 80% relief") is not an image.
# Round 16: plural images ("gave arthrograms") and any few words of shape or direction before the image ("gave
# longitudinal spread", "showed cephalad and caudal spread"); a number is no such word ("gave 80% relief").
_CONTRAST_IMAGE = compile_rule(r"(?:[^.;]|(?<=\d)\.(?=\d)){0,25}?\b(?:gave|provided|yielded|produced|showed|demonstrated|confirmed)\s+"
                               r"(?:an?\s+|the\s+)?(?:(?:" + cue_text("drug_contrast_image_quality") + r")\s+)?"
                               # ... any one or two words describing the image, and images in the plural ("gave
                               # longitudinal spread along the chain", "0.2 mL per joint, gave arthrograms"; round 16)
                               r"(?:(?!relief\b|benefit\b|improvement\b)[a-z-]+\s+){0,2}?"
                               r"(?:" + cue_text("drug_contrast_image_noun") + r")\b",
                               re.IGNORECASE)
# A checkbox grid's unticked "No" ("Contrast: [X] Yes  [ ] No   Agent: Omnipaque 300, 1.5 mL"): the ticked "Yes"
# before it answers the field, so the "No" negates nothing after it on the line.
_TICKED_YES_UNTICKED_NO = compile_rule(r"(?:[\[(]\s*[xX\u2713\u2714*]\s*[\])]|[\u2611\u2612\u25a0])\s*Yes\b[ \t]*,?[ \t]*"
                                       r"(?:[\[(]\s*[\])]|[\u2610\u25a1])\s*No\b"
                                       r"|\bYes\s*(?:[\[(]\s*[xX\u2713\u2714*]\s*[\])]|[\u2611\u2612\u25a0])[ \t]*,?[ \t]*"
                                       r"No\s*(?:[\[(]\s*[\])]|[\u2610\u25a1])",
                                       re.IGNORECASE)
# A percent that is a relief, not a strength: "MBBs: 80% with lidocaine", "about 90% by her diary", "75% relief",
# "90% (lidocaine) and 80% (bupivacaine) relief" (the block's agent in brackets between the percent and its relief).
_RELIEF_AFTER_PCT = compile_rule(r"(?:\s*(?:and|or|then|to|,|/|-|\u2013)\s*\d{1,3}(?:\.\d)?\s*(?:%|percent))*"  # "90% and 85% relief"
                                 r"\s*(?:(?:with|by|from|after|for|on|relief|improvement|better|reduction|pain\s+relief)\b"
                                 r"|\([^()\n]{1,30}\)\s*(?:relief|improvement|reduction|pain\s+relief)\b"
                                 r"|x(?=\s*\d)|\u00d7)",
                                 re.IGNORECASE)
# ... or written straight after a local anesthetic's name, with only a bracket, colon, dash or equals sign between
# ("lidocaine 90 %", "Marcaine: 75%", "(lido) 85%"): checked against the drug spans (`_after_anesthetic_name`).
_ANESTHETIC_TO_PCT = compile_rule(r"\)?[ \t]*[:=\-\u2013]?[ \t]*")
# ... or a bracket after it that dates or times the result ("Dx MBBs: 90% (lido, 3/10/26), 80% (bupi, 3/31/26)",
# "85% (2026-02-03, lidocaine)", "75% (bupivacaine, 6 h)"): an earlier block's relief, not a 90% strength (no injectate
# of ours is dated; "dehydrated alcohol 98% (3 mL)" keeps its strength).
_RESULT_PAREN_AFTER_PCT = compile_rule(r"\s*\((?=[^()\n]{0,40}?(?:\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b"
                                       r"|\b\d+(?:\.\d)?\s*(?:h|hrs?|hours?|days?|wks?|weeks?)\b))", re.IGNORECASE)
# ... or before it: "near complete relief, roughly 85 percent, lasting six hours (lidocaine)", "~80%", or after a
# verb of outcome: "two blocks gave 90% (lidocaine) and 80% (bupivacaine) relief", "MBB provided/yielded 85%".
_RELIEF_BEFORE_PCT = compile_rule(r"(?:\b(?:" + cue_text("drug_relief_before_pct") + r")\b[^.;\d%]{0,25}"
                                  r"|\b(?:gave|giving|provided|providing|yielded|produced|brought)\s+(?:(?:an?|only)\s+)?"
                                  r"|\b(?:roughly|about|approximately|approx\.?|nearly|almost|around)\s+|~\s*|>\s*)$",
                                  re.IGNORECASE)
# A steroid's bare number ("dex 10.", "Decadron 8 and ...", "DepoMedrol 80 + 4 cc 1% lido"), read as mg.
# (also before a slash that the next drug's name follows: "Depo 80/Marcaine 0.5% 3 cc", checked against the drug spans)
_BARE_STEROID_DOSE = compile_rule(r"[ \t]+(?P<num>\d{1,3}(?:\.\d+)?)(?![\d.]\d|[\w%-]|/(?![A-Za-z]))(?=[ \t]*(?:$|\n|[.,;:)+&/]|(?:and|with|to|at|into|per|each|ea|was|were|injected|given|plus)\b))",
                                  re.IGNORECASE)
# round 22 (ocr22, c10): an NSAID's bare number before its route ('toradol 60 IM', 'Toradol 30 IV', 'ketorolac 15 IM R
# glute'), read as mg; a number without the route stays no dose ('Toradol 2 days ago').
# ... and a drug given by a systemic route right after its amount ('+ toradol 60 IM R glute' after 'TPI x4 ... 1cc lido
# each'): one dose into a muscle or vein, never one per injection site.
_SYSTEMIC_ROUTE = compile_rule(r"[ \t]*(?:\d{1,3}(?:\.\d+)?[ \t]*(?:mg)?[ \t]*)?(?:IM|IV)\b", re.IGNORECASE)
_BARE_NSAID_DOSE = compile_rule(r"[ \t]+(?P<num>\d{1,3})(?=[ \t]+(?:IM|IV|intramuscular(?:ly)?|intravenous(?:ly)?)\b)", re.IGNORECASE)
# Level groups naming nerves one by one ("R C5, C6, C7 MB", "the L3 and L4 medial branches and the L5 dorsal ramus").
# ... and the number written right BEFORE the name ("10 dex", "80 Depo"; "1 cc 40 Depo-Medrol", "2 mL of 40 Kenalog": after
# a volume, the strength in mg/mL): a single number of its own, not a date's or a level's tail ("09/14/26 Kenalog").
# Dictated, with 'of' and the number in words: "we injected eighty of Depo-Medrol", "forty of Kenalog", "10 of dex".
_BARE_STEROID_BEFORE = compile_rule(r"(?:^|(?<=[\s(,;:+&]))(?P<num>\d{1,3}(?:\.\d+)?|"
                                    + alternation((10, 12, 15, 20, 30, 40, 50, 60, 80))
                                    + r"|one\s+hundred)(?:[ \t]+(?:of[ \t]+)?|(?<=\d))$", re.IGNORECASE)  # or glued: '40K'

# (a lone 'L' only when it is no side label: "SIJ L: 40 Kenalog" is the left side's 40 mg, "L5 40 Kenalog" a level's;
# nor the L of 'B/L': "GON B/L 40K" is 40 mg, ocr22)
_COUNT_BEFORE = compile_rule(r"(?:\bx|\u00d7|#|(?-i:\b[CTLS]\d|\b[CTS]|(?<!/)\bL(?![ \t]*:))|\blevels?|\bsites?|\bsides?|\bpain|\bVAS|\bNRS)[ \t:]*$",
                             re.IGNORECASE)
# A brand that names its strength written with a space and nothing of its own after it, then joined to the next drug
# ("Kenalog 40 + 5 mL 0.25% bupi", "Kenalog 40 and 3 mL 0.5% Naropin"): shorthand for 40 mg, as "Depo 80" is 80 mg.
_STRENGTH_NUMBER = compile_rule(r"[ \t](?P<num>\d{2,3})$")
# An amount in words before an abbreviated unit, as a speech recogniser formats the unit but not the number
# ("dexamethasone ten mg", "fentanyl fifty mcg"); the patterns file's `mass` reads words only before a spelled unit.
_WORD_NUMBER = (r"(?=[otfsenOTFSEN])\b(?P<num>(?:" + alternation(TENS.values()) + r")(?:[\s-](?:"
                + alternation(range(1, 10)) + r"))?|(?:" + alternation(range(1, 6)) + r")\s+hundred|"
                + alternation((*range(1, 13), 15)) + r")")
_WORD_MG = compile_rule(_WORD_NUMBER + r"(?:\s+and\s+a\s+half)?"
                        r"\s+(?P<unit>mg|mcg)\b(?!\s*(?:/|per)\s*(?:1\s*|one\s+)?(?:ml|cc|millilit|rnl))", re.IGNORECASE)
# ... and a strength so written ("Decadron four mg/mL", "Kenalog forty mg per mL", "fentanyl fifty mcg/mL"): the
# patterns file's `concentration` reads words only before "milligrams per" or "percent".
_WORD_CONC = compile_rule(_WORD_NUMBER + r"\s*(?P<unit>mg|mcg)\s*(?:/|per\s+)\s*(?:1\s*|one\s+)?(?:ml|cc|millilit(?:er|re)s?)\b",
                          re.IGNORECASE)
# A volume's number written as a bare fraction ("1/2", "10/1"), not a mixed number ("4 1/2").
_BARE_FRACTION = compile_rule(r"\d+\s*/\s*\d+")
# A diluent joined after a strength brand: "Kenalog 40 + NSS 2cc", "Kenalog 40 with PF saline 3 mL" (lexicon.yaml
# `drug_diluent_next`).
_DILUENT_NEXT = cue("drug_diluent_next")
# Nothing after a name on its line but a full stop: the last item of a shorthand list.
_LIST_END = compile_rule(r"[ \t]*\.?[ \t]*(?:\n|$)")
_JOINED_NEXT = compile_rule(r"[ \t]*(?:\+|&|;|\band\b|\bwith\b|\bplus\b)[ \t]*|/(?=[A-Za-z])", re.IGNORECASE)
_VOLUME_BEFORE_NUMBER = compile_rule(r"\d\s*(?:ml|mls|cc|ccs)[ \t]+(?:of[ \t]+)?$", re.IGNORECASE)
# the whole volume as a label before a mixture's components: "5 cc total: ...", "6 mL in all - ..." / "Total 4 mL: ..."
_TOTAL_LABEL_AFTER = compile_rule(r"[ \t]*(?:total|in\s+total|in\s+all)[ \t]*[:=\u2013\u2014-]", re.IGNORECASE)
_LABEL_MARK = compile_rule(r"[ \t]*[:=\u2013\u2014-]")
# A contrast agent that belongs to a diagnostic study, not to the procedure (`_imaging_study_agent`); not the
# guidance of today's procedure ("under CT with Omnipaque 240 ...").
_STUDY_BEFORE_AGENT = compile_rule(r"(?<!\bunder\s)(?<!\busing\s)(?<!\bvia\s)\b(?:" + cue_text("drug_imaging_study") + r")"
                                   r"(?:\s+(?:of\s+the\s+)?[\w-]+){0,3}?\s+(?:with(?:\s+and\s+without)?|w/o?|w/\s*wo|post)"
                                   r"\s+(?:IV\s+)?$", re.IGNORECASE)
_ENHANCED_AFTER_AGENT = compile_rule(r"[ \t]*-?[ \t]*enhanced\b", re.IGNORECASE)
# A volume told as the whole of the parts that follow it, in a published description's words: "a total volume of 3 mL
# consisting of 1 mL of triamcinolone 40 mg/mL and 2 mL of saline", "4 mL made up of ...", "2.5 mL of a mixture of 2 mL
# of 0.5% bupivacaine and 0.5 mL of ...". Only with a component amount before the first drug (`_leading_total`).
_COMPOSED_OF_AFTER = compile_rule(
    r"[ \t]*,?[ \t]*(?:\(\s*)?(?:(?:which\s+)?(?:consist\w*|was\s+composed|composed|made\s+up|compris\w*)(?:\s+of)?\b"
    r"|(?:containing|contained)\b(?!\s+\d)"
    # "An injectate of 4 mL was prepared from 1 mL Decadron ... and 3 mL ..." (round 21, dose21)
    r"|(?:was|were)\s+(?:prepared|made(?:\s+up)?|mixed|drawn\s+up)\s+(?:from|of|using)\b"
    r"|of\s+(?:a|an|the)\s+(?:\w+\s+)?(?:mixture|solution|combination|admixture|injectate)\s+(?:of|containing|consisting\s+of)\b)",
    re.IGNORECASE)
# a row under a drug line that holds only a side or level label and a volume: "R - 2 mL", "L4-5: 1 mL", "Left: 1.5 cc"
_AMOUNT_ROW = compile_rule(r"[ \t]*(?:[-*\u2022][ \t]*)?(?:(?-i:R|L|B/L)|right|left|rt\.?|lt\.?|bilat\w*|(?:level[ \t]+)?"
                           r"(?-i:[CTLS]\d{1,2}(?:[ \t]*[-/\u2013][ \t]*[CTLS]?\d{1,2})?))[ \t]*(?:side)?[ \t]*[:=\u2013\u2014-][ \t]*"
                           r"(?P<num>\d*\.?\d+)[ \t]*(?:ml|cc)\b[ \t.]*(?=\n|$)", re.IGNORECASE)
# Round 22 (gap22): a table's rows under the drug line ("L4-5 | 1 mL", "L5-S1<tab>1.5 mL") and its header row ("Level |
# Volume"), passed over. Round 22 (dose22b, d5-008): any row holding only a level and its volume, whatever stands
# between them: a column gap of spaces ("  L3-4   0.5 mL"), a dot leader ("L4-5 ....... 1 mL"), a bullet before it
# ("- L5-S1 1 mL"), a side or the joint's name about the level ("left L3-4 facet   1 mL").
_AMOUNT_TABLE_ROW = compile_rule(r"[ \t|]*(?:[-*\u2022][ \t]*)?(?:(?:right|left|rt\.?|lt\.?)[ \t]+)?(?:level[ \t]+)?"
                                 r"(?-i:[CTLS]\d{1,2}(?:[ \t]*[-/\u2013][ \t]*[CTLS]?\d{1,2})?)"
                                 r"(?:[ \t]+(?:facet(?:[ \t]+joint)?|joint|foramen|level))?"
                                 r"[ \t]*(?:\||\t|\.{2,}|[:=\u2013\u2014-])?[ \t|]*"
                                 r"(?P<num>\d*\.?\d+)[ \t]*(?:ml|cc)\b[ \t.|]*(?=\n|$)", re.IGNORECASE)
# Round 22 (dose22b): an opening clause of timing or check holding the contrast agent, closed by a comma after a word of
# its own ('After Omnipaque 180 confirmed flow, L3-4 0.5 mL, ...'): `_check_clause_end`.
_CHECK_CLAUSE_OPEN = compile_rule(r"[\s(]*(?:" + cue_text("drug_check_clause_open") + r")\b[^,;:]{0,60}$", re.IGNORECASE)
_CHECK_CLAUSE_CLOSE = compile_rule(r"[^,;:]{0,60}?[A-Za-z]{4,}[^,;:\d]{0,30}?,", re.IGNORECASE)
_LAST_TEXT = re.compile(r"\S(?=\s*\Z)")  # a sentence's last character other than a space
_AMOUNT_TABLE_HEAD = compile_rule(r"[ \t|]*(?:levels?|sites?|segments?|targets?)[ \t]*(?:\||\t)[ \t|]*(?:volumes?|amounts?|ml|"
                                  r"injectate)\b[^\n\d]*(?=\n)", re.IGNORECASE)
# Between a level and its volume ("L3-4 1 mL", "L4-5: 1.5 mL") or a volume and its level ("1 mL at L3-4", "0.5 mL was
# given at the left L4-5"): a volume written for one level of a list (round 22, gap22).
_LEVEL_THEN_VOLUME = re.compile(r"[ \t]*[:=\u2013-]?[ \t]*")
_VOLUME_THEN_LEVEL = re.compile(r"[ \t]+(?:(?:was|were)[ \t]+(?:given|injected|placed|delivered)[ \t]+)?(?:at|to|into|in|for)"
                                r"[ \t]+(?:the[ \t]+)?(?:(?:right|left)[ \t]+)?", re.IGNORECASE)
_NERVE_HEADS = ("medial_branch", "dorsal_ramus", "lateral_branch")
# Between a drug and the amount closing its line only a strength and punctuation ("Omnipaque 240, 2 mL"), so a
# drug on the next line does not take that amount (unlike "Kenalog 40 mg with 2 mL" + "1% lidocaine" wrapped).
# A strength may stand between them too ("Local: Lidocaine 1% 2 mL" + newline + "Contrast: Omnipaque 240, 1.5 mL").
# An amount tied to what follows it ("4 mL of 0.25% bupivacaine"), also across a wrapped line (round 17, fcf-caudal-01).
_OF_AFTER = compile_rule(r"[ \t]+of\b", re.IGNORECASE)
_LINE_OWN_AMOUNT = compile_rule(r"(?:[ \t\d.,:=()/%-]|(?i:(?:milli|micro)grams?|millilit(?:er|re)s?|mg|mcg|ml|cc|units?)\b)*$")
# An amount written between two mentions of one drug, before a break: "lidocaine 3 mL skin;".
_SEPARATE_AMOUNT = compile_rule(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|forty|eighty|half))"  # "one mL,"
                                r"\s*(?:(?:milli|micro)grams?|millilit(?:er|re)s?|mg|mcg|ml|cc|units?)\b[^;]*?(?:;|\+|\band\b|\bthen\b|,)", re.IGNORECASE)
# A sentence the splitter closed on a blank line (a paragraph break, or a stray one inside a sentence).
_BLANK_LINE_END = compile_rule(r"\n[ \t]*\n\s*$")
_PARAGRAPH_BREAK = compile_rule(r"\n[ \t]*\n")
# A count of sites in parentheses after a per-site amount: "(3 total)", "(4 sites)", "(6 points total)".
_PAREN_SITE_TOTAL = compile_rule(r"\(\s*(?P<n>\d{1,2})\s+(?:(?:sites?|points?|injections?|muscles?|trigger\s+points?)"
                                 r"(?:\s+(?:in\s+)?total)?|(?:in\s+)?total)\s*\)", re.IGNORECASE)
# The most injection sites one session counts ("(20 total)" trigger points): a larger unitless "(N total)" after a
# per-site amount is that amount's whole, not a count ("Depo-Medrol 40 mg/side (80 total)").
_MAX_SITE_COUNT = 31  # chemodenervation of chronic migraine: 31 sites
# Needles counted where they are placed ("Two 22-gauge Chiba needles were advanced", "three spinal needles", "2 x 20 G
# needles"): the sites of an amount given "through each needle" / "per needle" when no level or side counts them
# (round 22, gap22). Up to three describing words between the count and the noun; the count never a gauge or length.
_NEEDLES_COUNTED = compile_rule(
    r"\b(?P<n>[2-6]|two|three|four|five|six)\s*(?:x\s*)?(?:(?:\d{1,2}(?:\.\d)?[- ]?(?:gauge|ga|g)\b|\d(?:\.\d)?[- ]?(?:inch|in|"
    r"cm)\b|(?!(?:ml|cc|mg|mcg|of|through|via|into|in|at|to|per|each|and|or|mm)\b)[a-z]+)[\s-]+){0,3}(?:" + cue_text("drug_needle_counted") + r")\b", re.IGNORECASE)
_NEEDLE_SITE = re.compile(cue_text("drug_needle_site"), re.IGNORECASE)  # (lexicon `drug_needle_site`)
# Amounts given again by reference: "the same mixture", "same dose", "the same medications".
# Bare (group `bare`), right before the other side: "... on the right and the same on the left", "Same on the left.",
# "The same was given on the right.", "Likewise on the left.", "The left GON was done likewise." (a sentence of its
# own repeats only the sentence just before it).
_SAME_ALL_AMOUNTS = compile_rule(r"same\s+(?:amounts?|doses?|volumes?|drugs?)\b", re.IGNORECASE)
# (lexicon `drug_same_amounts`: its wordings, groups `bare` and `lvl`, and examples; gated: a note without one of its
# words is not scanned)
_SAME_AMOUNTS = gated_rule(cue_text("drug_same_amounts"), re.IGNORECASE)
# A clause that gives its drug to one site named in the singular (`_one_site_clause`): "and the superomedial site also
# got", "the L5-S1 level alone received", "only the first nerve was also given", "one joint additionally received".
_ONE_SITE_CLAUSE = compile_rule(r"\b(?:the|one|a\s+single|only\s+the)\s+(?:[\w-]+\s+){0,2}?(?:" + cue_text("drug_one_site_noun") + r")"
                                r"\s+(?:(?:also|alone|only|additionally)\s+)*"
                                r"(?:got|received|had|took|(?:was\s+)?(?:also\s+)?(?:given|injected\s+with))\b", re.IGNORECASE)
# A clause summing up one side's amounts in a bilateral sentence (`_side_summary_only`): "so each knee received",
# "thus each side got", "i.e. each hip was given", "meaning each shoulder received".
_SIDE_SUMMARY = compile_rule(r"\b(?:so|thus|hence|i\.e\.,?|meaning|that\s+is,?)\s+(?:that\s+)?(?:each|every|either|both)\s+"
                             r"(?:" + cue_text("drug_side_summary_site") + r")\s+(?:(?:has\s+)?received|got|"
                             r"(?:was|were)\s+given|had)\b(?:[^;.]|\.(?=\d))*$", re.IGNORECASE)
# A mixture made up once per side of a bilateral note ("a mixture made for each knee of ...", "For each knee a syringe
# of ... was prepared", "a separate syringe per side"; lexicon `drug_per_side_mixture`): its parts are one side's,
# given on both (round 18b).
_PER_SIDE_MIXTURE = cue("drug_per_side_mixture")
_MIXTURE_REF_REACH = 40  # characters after a reference to a mixture where its contents may be told ('(dexamethasone ...')
# A drug word naming a risk or side effect, not an injectate ('steroid side effects such as elevated glucose', 'side
# effects of the steroid'; lexicon `drug_as_risk_after` / `drug_as_risk_before`; round 19, r2a).
_RISK_AFTER = cue("drug_as_risk_after")
_RISK_BEFORE = compile_rule(cue_text("drug_as_risk_before"), re.IGNORECASE)
_SAME_MIXTURE = compile_rule(r"\b(?:" + cue_text("drug_same_mixture") + r")\b", re.IGNORECASE)
# A sentence opening with a bare repeat whose drugs are named only after it, by reference ("The same was repeated on
# the contralateral side, with the same volumes of contrast and mixture"): no new amounts, the sentence before again.
_SAME_DRUGS_NAMED = compile_rule(r"[^.;\n]*?\b(?:same|identical)\s+(?:volumes?|amounts?|doses?)\s+of\b", re.IGNORECASE)
# A decimal point spoken as a word before digits, as a speech recogniser writes a dictated decimal ("point 5 percent",
# "point 25 percent", "point 5 mL", "zero point 5 mL", "2 point 5 mL", "one point 5 cc", "decimal 5 mL"): the digits
# after it are the decimals. Not "point" as a noun ("each trigger point 2 mL", "at this point 1 mL", "entry point").
_SPOKEN_POINT = compile_rule(
    r"(?:(?<![\w.])(?P<whole>\d{1,2}|zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)[ \t]+"
    r"|(?<![\w-])(?<!trigger )(?<!each )(?<!every )(?<!per )(?<!the )(?<!a )(?<!this )(?<!that )(?<!which )"
    r"(?<!entry )(?<!tender )(?<!target )(?<!injection )(?<!starting )(?<!end ))"
    r"(?:point|decimal)[ \t]+$", re.IGNORECASE)
_POINT_WHOLE = {"zero": 0, "oh": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9}


# A drug of the patient's own regimen, not today's injectate: in a medication list or history the name is followed,
# within its clause, by how it is taken ("baclofen 10 mg at night", "gabapentin 600 mg three times daily", "a
# methylprednisolone taper last winter", "Medrol Dosepak", "prednisone burst", "lidocaine patch", "meloxicam 15 mg
# PO daily") or preceded by "oral"/"topical"/"home". A clause that gives it intravenously or by injection is today's.
_REGIMEN_WORDS = (r"daily|once\s+a\s+day|twice\s+(?:a\s+)?(?:day|daily)|(?:three|four)\s+times\s+(?:a\s+)?(?:day|daily)"
                  r"|every\s+\d{1,2}\s+hours|at\s+(?:night|bedtime)|nightly|qhs|b\.?i\.?d|t\.?i\.?d|q\.?i\.?d|q\.?d|qam|qpm"
                  r"|q\s?\d{1,2}\s?h(?:rs?)?|prn|as\s+needed|by\s+mouth|po|orally|tapers?|tapered|tapering|dose\s*pack"
                  r"|dosepak|burst|tablets?|tabs|caps|(?<!blood\s)patch(?:es)?|cream|ointment|gel")
_REGIMEN_AFTER = compile_rule(r"(?:[^,;.\n()]|\.(?=\d)){0,30}?\b(?:" + _REGIMEN_WORDS + r")\b", re.IGNORECASE)
_REGIMEN_BEFORE = compile_rule(r"\b(?:oral|topical|home|PO)\s+$", re.IGNORECASE)
_GIVEN_TODAY = compile_rule(r"\b(?:IV|intravenous(?:ly)?|IM|intramuscular|subcut\w*|injected|infiltrated|instilled"
                            r"|administered|titrated|incremental)\b", re.IGNORECASE)
# A field that lists the patient's medicines rather than today's injectate (a bare "Medications:" label serves both):
# it names a regimen and no volume, strength or injection ("Medications: acetaminophen 1 g twice daily, losartan").
_INJECTATE_WORDS = compile_rule(r"\d\s*(?:ml|cc|%)|\bpercent\b|\bmg\s*/\s*ml\b|\b(?:injected|infiltrated|instilled|"
                                r"administered|injectate|given)\b", re.IGNORECASE)


# A sentence end spoken into a dictation ("... 0.5 mL per needle period Depo-Medrol 80 mg was divided among ..."),
# which the splitter leaves inside one sentence: what follows it is another sentence's.
# A drug made ready, then kept back by name or class in a later sentence (`_withheld_later`; lexicon `drug_made_ready`,
# `drug_withheld_passive`, `drug_withholding`, `drug_class_word`).
_MADE_READY = compile_rule(cue_text("drug_made_ready"), re.IGNORECASE)
_WITHHELD_PASSIVE = compile_rule(r"(?:[ \t]+(?!(?:was|were|is|being)\b)[\w-]+){0,3}?[ \t]+(?:" + cue_text("drug_withheld_passive") + ")",
                                 re.IGNORECASE)
# ... and without its verb 'to be' ('drawn up for IM use but not given', 'prepared but never administered', 'readied
# but ultimately not used'; round 21, dose21b, d3-024); 'not given until aspiration was negative' stays given.
_BUT_WITHHELD = compile_rule(r"\bbut\b[^.;\n]{0,80}?\b(?:" + cue_text("drug_withheld_passive") + r"|(?:"
                             + cue_text("drug_withheld_verb") + r")\b(?!\s+(?:" + cue_text("drug_held_not_withheld")
                             + r"))|(?:then\s+|ultimately\s+|finally\s+)?(?:not|never)\s+(?:" + cue_text("drug_given_participle")
                             + r")\b(?!\s+(?:" + cue_text("drug_given_later") + r")))", re.IGNORECASE)
_WITHHOLDING = compile_rule(cue_text("drug_withholding"), re.IGNORECASE)
_DISCUSSED_BEFORE = compile_rule(cue_text("drug_discussed_before"), re.IGNORECASE)  # `_only_discussed`
_GIVEN_VERB = compile_rule(cue_text("drug_given_verb"), re.IGNORECASE)
_OFFER_DECLINED = compile_rule(cue_text("drug_offer_declined"), re.IGNORECASE)  # `_offer_declined` (round 22)
_OFFER_TAKEN_AFTER = compile_rule(cue_text("drug_offer_taken_after"), re.IGNORECASE)
_NOT_BEFORE = compile_rule(r"\b(?:not|never)[ \t]+$", re.IGNORECASE)  # 'declined, not given': a refusal's echo (ocr22)
_REFUSAL_CLAUSE = compile_rule(r"[ \t]*(?:(?:she|he|they|the[ \t]+patient|patient|pt\.?)[ \t]+)?(?:" + cue_text("drug_offer_declined")
                               + r")[^;]*$", re.IGNORECASE)  # a clause that only refuses ('; declined')
_ROW_NOT_GIVEN = compile_rule(r"[ \t]*(?:" + cue_text("drug_row_not_given") + ")", re.IGNORECASE)  # `_row_not_given`
_LIST_PER_SIDE = compile_rule(cue_text("drug_list_per_side"), re.IGNORECASE)  # a toxin list's rows per side (round 22)
_ROW_SIDE = compile_rule(r"\b(?:" + cue_text("drug_row_side") + r")\b|(?-i:\b[RL]\b)", re.IGNORECASE)
# A block correcting or querying the record (`DrugBuilder._correction_blocks`; lexicon `drug_correction_label`): the label
# opens a line (after a bullet), its bracketed qualifier and colon or dash after it; the block runs to the paragraph's end
# or the next line opening on a field label (a query's block ends at the response's label).
_CORRECTION_LABEL = compile_rule(r"^[ \t*#>\u2022-]*(?:" + "|".join(
    f"(?P<{kind}>{words})" for kind, words in lexicon("drug_correction_label").items())
    + r")\b[^\n:]{0,60}?[:\u2013\u2014-]", re.IGNORECASE | re.MULTILINE)
_CORRECTION_GATE = ("addend", "correct", "amend", "respon", "reply", "answer", "quer", "late entry", "clarif", "errat",
                    "note added", "postscript", "post-script", "post script", "question")
_BLOCK_END = compile_rule(r"\n[ \t]*\n|\n(?=[ \t*\u2022-]*[A-Za-z][A-Za-z' /()-]{1,40}:)")
_DOSE_CORRECTED = compile_rule(cue_text("drug_dose_corrected"), re.IGNORECASE)
_AMOUNT_REPLACED_BEFORE = compile_rule(cue_text("drug_amount_replaced_before"), re.IGNORECASE)
_CORRECTION_ADDITIVE = compile_rule(cue_text("drug_correction_additive"), re.IGNORECASE)
_RECORD_DETAIL = compile_rule(cue_text("drug_record_detail"), re.IGNORECASE)  # `_without_addendum_restatement`
_ADDENDUM_ADDS = compile_rule(cue_text("drug_addendum_adds"), re.IGNORECASE)
_VIAL_SHARE_BEFORE = compile_rule(r"\b(?P<f>" + cue_text("drug_vial_share_word") + r")[ \t]+(?:of[ \t]+)?(?:(?:a|an|the|one)[ \t]+)?"
                                 r"(?:(?:single|multi)[\s-]*(?:dose|use)[ \t]+)?$", re.IGNORECASE)  # `_vial_share`
_VIAL_OF_AFTER = compile_rule(r"[ \t-]*(?:(?:single|multi(?:ple)?)[\s-]*(?:dose|use)[ \t]+)?vial\b", re.IGNORECASE)
_SHARE_VALUES = {"half": 0.5, "quarter": 0.25, "three quarters": 0.75, "third": 1 / 3, "two thirds": 2 / 3}
_ROW_CELL_BREAK = compile_rule(r"[ \t]*\|[ \t]*|\t+|[ ]{2,}|(?P<dash>[ \t]+[\u2013\u2014-][ \t]+)")  # a row's cells part
# A diluent with its own volume, either order ("9 cc preservative-free saline", "NS 4 mL"): `_diluent_part_after`.
_DILUENT_PART = compile_rule(r"\d\s*(?:ml|mls|cc|ccs)\b[ \t]+(?:of[ \t]+)?(?:(?:" + cue_text("drug_diluent_qualifier") + r")"
                             r"[ \t]+)*(?:" + cue_text("drug_diluent_word") + r")\b|\b(?:" + cue_text("drug_diluent_word")
                             + r")[ \t:,=-]*\d*\.?\d+\s*(?:ml|mls|cc|ccs)\b", re.IGNORECASE)
# A sentence naming a mixture made before it ("1 mL of the injectate was delivered at each foramen", "... of the
# syringe"): `_share_told_after`. The mixture nouns are the lexicon's (`drug_mixture_noun`), shared with `_SOLUTION_VOLUME`.
_MIXTURE_NAMED = compile_rule(r"\b(?:" + cue_text("drug_mixture_noun") + r"|syringe)\b", re.IGNORECASE)
# An earlier procedure named before a dose in its sentence (`_earlier_procedure_dose`): 'her last (left L5-S1) epidural',
# 'the previous injection', 'his prior TFESI', 'the most recent block'; never a sequence word ('First, ...').
_EARLIER_PROCEDURE = compile_rule(r"\b(?:" + cue_text("drug_earlier_word") + r")\s+(?:[\w/-]+\s+){0,3}?"
                                  r"(?:" + cue_text("drug_earlier_procedure_noun") + r")\b", re.IGNORECASE)
# A sentence opening on an earlier time ('Last month', 'Three weeks ago,', 'At her previous visit', 'In June'):
# `_earlier_time_dose` (lexicon `drug_earlier_time_lead`), after an optional bullet or dash.
_EARLIER_TIME_LEAD = compile_rule(r"[ \t\n*\u2022-]*(?:" + cue_text("drug_earlier_time_lead") + r")", re.IGNORECASE)
_CLAUSE_SUBJECT_LEAD = compile_rule(r"\s*(?:(?:at|in|on|during|for)\s+)?(?:her|his|their|the|this\s+patient's)?\s*", re.IGNORECASE)
_REPEAT_WORDS = compile_rule(cue_text("drug_repeat_word"), re.IGNORECASE)  # (lexicon `drug_repeat_word`)
_DRUG_REFERENCE = compile_rule(r"\b(?:the|this|that|any)\s+(?:" + cue_text("drug_class_word") + r")s?\b", re.IGNORECASE)
_SPOKEN_STOP = compile_rule(r"\s(?:period|full\s+stop|new\s+paragraph|next\s+paragraph)\s", re.IGNORECASE)
# Trigger points counted muscle by muscle: "right trapezius x2 and right rhomboid x1", "upper trapezius (2 points),
# levator scapulae (1)". Never an amount, a time or a level after the count.
_MUSCLE_COUNT = compile_rule(r"\(\s*(?P<a>\d{1,2})(?:\s+(?:trigger\s+points?|points?|TPs?|sites?|injections?))?\s*\)"
                             r"|(?<=[a-z])[ \t]*(?:x|\u00d7)[ \t]*(?P<b>\d{1,2})\b(?![ \t]*(?:mg|mcg|ml|cc|units?|%|levels?|"
                             r"days?|weeks?|months?|years?|hours?|h\b|hrs?|min\w*))", re.IGNORECASE)
_POINTS_WORD = compile_rule(r"\(\s*\d{1,2}\s+(?:trigger\s+)?points?\s*\)|\btrigger\s+points?\b|\bTPIs?\b", re.IGNORECASE)
# "..., total 3 ml" / "total volume of 4 mL" after the drugs of a mixture: the whole, not another drug's volume.
_TOTAL_BEFORE = compile_rule(r"\b(?:total(?:\s+(?:volume|injectate))?|in\s+all)\s*(?:of\s+|:\s*|=\s*)?$"
                             # round 20 (pub20): a checklist's sum sign after the parts ("4 mL of 1% lidocaine mixed with
                             # 1 mL of Kenalog-10 (...) = 5 mL"), after an amount or a bracket, never a label's ("Dose = ")
                             r"|(?:\bm[Ll]|\bcc|\)|\d|%)[ \t]*=[ \t]*$", re.IGNORECASE)
# The whole of a mixture's volume told again as used or shared out ("all 4 mL was used", "the entire 5 mL", "the 3 mL was
# divided evenly among the four needles"; round 20, pub20): right before an amount equal to the parts' sum.
_WHOLE_AMOUNT_BEFORE = compile_rule(r"\b(?:all(?:\s+of)?(?:\s+the)?|(?:the\s+)?(?:entire|whole|full|total))[ \t]+$", re.IGNORECASE)
# A count of vials given whole before their size, never after 'from' / 'out of' (`DrugBuilder._vials_given`).
_VIAL_COUNTS = {"one": 1, "a": 1, "an": 1, "1": 1, "two": 2, "2": 2, "three": 3, "3": 3}
_VIAL_COUNT_BEFORE = compile_rule(r"(?<!\bfrom\s)(?<!\bof\s)(?<!\bout\sof\s)(?<!\bwith\s)\b(?P<n>one|an?|two|three|[123])"
                                  r"[ \t]+(?:(?:single|multi)[\s-]*(?:dose|use)[ \t]+)?$", re.IGNORECASE)  # "2 single-use 1-mL vials"
_VIAL_GIVEN_AFTER = compile_rule(r"[ \t]*(?:(?:single|multi(?:ple)?)[\s-]*(?:dose|use)[ \t]+)?vials?[ \t]+of[ \t]+(?=[A-Za-z])"
                                 r"[^.;()\n]{0,60}?\b(?:was|were)[ \t]+(?:then[ \t]+)?(?:mixed|combined|injected|given|"
                                 r"administered|diluted|(?P<used>used|emptied))\b", re.IGNORECASE)
_THE_BEFORE = compile_rule(r"\bthe[ \t]+$", re.IGNORECASE)
_SHARED_OUT_AFTER = compile_rule(r"[ \t]+(?:was|were)[ \t]+(?:then[ \t]+)?(?:divided|split|distributed|shared|apportioned)\b",
                                 re.IGNORECASE)
# A toxin vial's size, reconstituted before the doses are drawn: "Botox 200 units diluted in 4 mL saline; 5 units per
# site at 31 sites" (the 200 units is the vial, used only when no other amount follows).
_VIAL_SIZE_AFTER = compile_rule(r"[ \t]*(?:\(?[ \t]*(?:single[\s-]*(?:dose|use)[ \t]+)?vial\b|(?:was\s+|were\s+)?(?:diluted|reconstituted|mixed|prepared)\b)",
                                re.IGNORECASE)
# A medication-administration line of a hospital EHR: "<drug> (<BRAND>) <strength> injection <dose>" ("triamcinolone
# acetonide (KENALOG-40) 40 mg/mL injection 40 mg", "lidocaine (PF) 10 mg/mL (1 %) injection 3 mL"): the amount after the
# dose form is that line's drug's, even when the next line opens with another drug.
_DOSE_FORM_BEFORE = compile_rule(r"\b(?:injection|inj\.?|injectable(?:\s+suspension)?|suspension|solution)[ \t:]*$",
                                 re.IGNORECASE)
# One amount given "into the right and into the left" site: the preposition said again, so once on each side
# ("1 mL 1% lidocaine into the right and into the left lumbar paraspinal trigger point"); never "to the right and
# left foramina", which may share one amount out.
_EACH_SIDE_NAMED = compile_rule(r"\b(?P<p>into|in|to|at|on)\s+the\s+(?:right|left)\b(?:\s+\w+){0,3}?\s+and\s+(?P=p)\s+"
                                r"the\s+(?:left|right)\b", re.IGNORECASE)
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_OCR_DIGITS = re.compile(r"(?=.*[lo])[\dlo.]+")  # lower-cased by _spoken
# (also a side letter or 'Lt'/'Rt' of log shorthand: "L: same", "; same R")
# A side label right before an amount: "R 40 mg", "L: 40 mg", "Rt - 2 mL", "left 1 cc".
_SIDE_LABEL_BEFORE = compile_rule(r"(?:(?-i:\b[RL])|\b(?:right|left|rt|lt)\b\.?)[ \t]*[:=-]?[ \t]*$", re.IGNORECASE)
_OTHER_SIDE = compile_rule(r"\b(?:left|right|other|opposite|contralateral|lt|rt)\b|(?-i:\b[LR])(?![\w/-])", re.IGNORECASE)
_AMOUNT_BEFORE = compile_rule(r"\d\s*(?:(?:milli|micro)grams?|millilit(?:er|re)s?|mg|mcg|ml|cc|units?|%)(?![a-z])[^;]*$", re.IGNORECASE)
_JOINED_AFTER = compile_rule(r"[\s,]*(?:and|plus|with|\+|&)\s+(?:(?:the|then|also)\s+)?(?:[\d.]+\s*(?:(?:milli|micro)grams?|millilit(?:er|re)s?|mg|mcg|ml|cc|units?)\s+(?:of\s+)?)?",
                             re.IGNORECASE)
# a log's or flowsheet's field separator is a clause break too: "no vasc | Celestone 6 mg", "neg asp • dex 10 mg",
# "no heme - Kenalog 40 mg" (`_CLAUSE_BREAK_BEFORE`; round 21: an earlier `_CLAUSE_BREAK` built here was shadowed by the
# one below, so never read, and is gone)
_FIELD_BREAK = r"|[ \t]*\|[ \t]*|[ \t][\u2022\u00b7\u2013\u2014-][ \t]|[ \t]+/[ \t]+"
# ... before a drug, a label's colon too: "Local anesthesia, no sedation: 20 mL of 1% lidocaine"
# (also a full stop ending a line, "no vascular pattern." + newline + indented "dexamethasone 10 mg", or one before a
# decimal written without its zero, "no vascular uptake. .25% bupivacaine 8 mL": the splitter joins both to the sentence
# before, the first as it opens in lower case, the second as it opens with a full stop)
# (round 19, r2b, fdk-sij-02 / fdl-rfa-02: also a bracket closed before the next part of the injectate, "triamcinolone 40 mg (SDV, no
# wastage) + 1 mL 0.5% bupivacaine", "(single-dose vial, none wasted) plus 2 mL 1% lidocaine": the negation stays inside)
_CLAUSE_BREAK_BEFORE = compile_rule(r"[,;:]\s|\.[ \t]*\n|\.\s+(?=\.\d)|\s+and\s+(?!no\b|not\b|without\b)|\s+comma\s+"
                                    r"|\)\s*(?:\+|&|plus\b|with\b)\s*"
                                    # a full stop the splitter kept before an amount ("no motor response at 2 V. 1%
                                    # lidocaine ...", "no twitch to 2.0 V. 0.5 mL of 2% lidocaine"; round 19, r2b)
                                    r"|\.\s+(?=\d*\.?\d+\s*(?:%|mg\b|mL\b|ml\b|cc\b|mcg\b))" + _FIELD_BREAK)
# 'without difficulty' tells how the drug went in, not that it did not (round 20, pub20b: "..., no vascular uptake, then 40
# mg of Kenalog-40 was injected without difficulty"): like ConText's PSEUDO phrase, it negates nothing
_NEGATING = compile_rule(r"\b(?:no|not|without(?!\s+(?:any\s+)?(?:difficulty|incident|resistance|problems?|issues?|complications?)\b)"
                         r"|none|never|omitted|withheld|held|deferred|avoided|declined|instead\s+of)\b",
                         re.IGNORECASE)
# A line ending on an amount with no closing punctuation: its drug word opens the next line.
# (the unit spelled too, as a speech recogniser or a template's units_mass setting writes it: "40 milligrams" + "Kenalog")
_WRAPPED_DOSE = compile_rule(r"(?:(?<![\d.])\d*\.?\d+|\b(?:" + alternation(TENS.values()) + r"|" + alternation((*range(1, 13), 15))
                             + r"))\s*(?:mg|mcg|mL|cc|units?|(?:milli|micro)grams?|millilit(?:er|re)s?)$", re.IGNORECASE)
# ... or on a strength ("2 mL 0.25 %" + newline + "Marcaine ...", "1 mL of 40 mg/mL" + newline + "Kenalog"), or on a
# verb that still wants its drug ("Each joint then received" + newline + "Kenalog 40 mg ..."); a dictated strength too
# ("0.5 cc of zero point five percent" + newline + "Naropin at each target"), also with a "preservative-free" after it.
_WRAPPED_STRENGTH = compile_rule(r"(?:\d|\b(?:one|two|three|four|five|seven|half|quarter))\s*(?:%|percent|per\s+cent|(?:mg|mcg|(?:milli|micro)grams?)\s*(?:/|per\s+)\s*"
                                 r"(?:ml|cc|millilit(?:er|re)s?))(?:[ \t]+(?:preservative[\s-]free|PF|MPF|plain))?$", re.IGNORECASE)
_WRAPPED_VERB = compile_rule(r"\b(?:received|receives|got|gets|given|administered|instilled|deposited|delivered|"
                             r"injected|infiltrated|infused)$", re.IGNORECASE)
# A new component started after the line's last drug: "Kenalog 40mg/ml and 2 mL 0.25 %" (not "lidocaine 1%").
_NEW_COMPONENT = compile_rule(r"\b(?:and|with|plus)\b|[+&,;]", re.IGNORECASE)
# A wrapped line that opens by joining on to the line before ("+ 0.5 mL Depo-Medrol", "and 1 mL Kenalog").
_CONTINUED = compile_rule(r"\s*(?:\+|&|(?:and|plus)\b)")
# A line ending on a word that cannot close a sentence ("lidocaine 0.5 mL at" / "each of the three sites").
_OPEN_END = compile_rule(r"\b(?:at|to|into|in|of|for|with|and|per|each|the|a|an)\s*$")
# A count of sites after a per-site amount in template shorthand: "1 mL x 4 sites", "0.5 mL x 3 nerves".
_TIMES_SITES = compile_rule(r"(?:\bx|\u00d7)\s*(?P<n>\d{1,2}|" + _SITE_COUNT_WORDS + r")\s+(?:separate\s+)?"
                            r"(?:sites?|nerves?|levels?|joints?|points?|trigger\s+points?|muscles?|injections?|locations?)\b",
                            re.IGNORECASE)
# An amount times a bare count in shorthand: "1% lido 1 mL x 3", "Depo-Medrol 40 mg x 2" (never a time, a level or an
# amount after the count: "x 3 min", "x 2 levels" is `_TIMES_SITES`).
# (also with the drug and its strength between the amount and the count: "0.5 mL 0.5% bupi x3", "2 mL of 1% lido x 2")
_AMOUNT_TIMES = compile_rule(r"(?:ml|cc|mg|mcg)(?:[ \t]+(?:of[ \t]+)?(?:\d*\.?\d+[ \t]*%[ \t]+)?[A-Za-z][\w-]{2,}"
                             r"(?:[ \t]+\d*\.?\d+[ \t]*%)?)?[ \t]*(?:x|\u00d7)[ \t]*(?P<n>[2-9])\b(?![ \t]*[\d.,]\d)"
                             r"(?![ \t]*(?:mg|mcg|ml|cc|units?|%|min\w*|sec\w*|s\b|h\b|hrs?|hours?|days?|wks?|weeks?"
                             r"|mo\w*|levels?|sites?|nerves?))",
                             re.IGNORECASE)
# Sites named one by one after "each of": "at each of the superomedial, superolateral and inferomedial nerves".
_EACH_OF_LIST = compile_rule(r"\beach\s+of\s+(?:the\s+)?(?P<list>[\w-]+(?:[ \t]+[\w-]+)?(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
                             r"[\w-]+(?:[ \t]+[\w-]+)?){1,7})\s+(?:genicular\s+)?(?:nerves|levels|joints|sites|branches|MBs|"
                             r"foramina|points|muscles)\b", re.IGNORECASE)
# One volume of each drug named after it: "1 mL each of Kenalog 40 and 0.5% bupivacaine".
_EACH_OF_AFTER = compile_rule(r"\s+each\s+of\b", re.IGNORECASE)
# ... or as a bare list of codes: "0.5% bupi 2 mL @ each of SM, SL, IM".
_EACH_OF_CODES = compile_rule(r"\beach\s+of\s+(?:the\s+)?(?P<list>(?-i:[A-Z]{2,3})(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
                              r"(?-i:[A-Z]{2,3})){1,7})\b", re.IGNORECASE)
_LIST_SPLIT = compile_rule(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)


def _site_count(word: str) -> int | None:
    """A count of sites written in digits or words ('4', 'four', 'both'); None for a word that is no count."""
    w = word.lower()
    return int(w) if w.isdigit() else 2 if w == "both" else _WORD_SITES.get(w)


# Dictated amounts and strengths in words (the `mass`, `volume` and `concentration` patterns' word forms).
_DIGIT_WORDS = cardinals(0, 9)
_TENS_WORDS = TENS
_FRACTION_WORDS = {"half": 0.5, "a half": 0.5, "one half": 0.5, "half a": 0.5, "quarter": 0.25, "a quarter": 0.25,
                   "one quarter": 0.25}
# Unicode vulgar fractions of a volume, alone or after a whole ("\u00be mL", "4\u00bd mL", "\u215b cc").
_UNICODE_FRACTIONS = {"\u00bd": 0.5, "\u00bc": 0.25, "\u00be": 0.75, "\u2153": 1 / 3, "\u2154": 2 / 3, "\u215b": 0.125}
# A mixed number: "4 1/2", "4-1/2" (hyphen read as a space), "4\u00bd", "4 \u00bd".
_MIXED_NUMBER = re.compile(r"(?P<whole>\d)\s*(?:(?P<a>\d)\s*/\s*(?P<b>[1-9]\d?)"
                           r"|(?P<u>[\u00bd\u00bc\u00be\u2153\u2154\u215b]))")
# "in 1 mL increments", "in 0.5 mL boluses": how an amount was given, not another amount.
_INCREMENT_AFTER = compile_rule(r"[\s-]*(?:increments?|aliquots?|boluses)\b", re.IGNORECASE)
_IN_BEFORE = compile_rule(r"\bin\s+$", re.IGNORECASE)
_AT_A_TIME = compile_rule(r"\s+at\s+a\s+time\b", re.IGNORECASE)  # "10 mL ... injected incrementally, 2 mL at a time"
# The whole of a mixture said to be used (round 15 r2, fbr-gnb-01): "using the whole mixture", "the entire solution was
# injected", "all of the mixture was given": the per-site shares written are rounded, the whole was given.
_WHOLE_MIXTURE_USED = cue("drug_whole_mixture_used")
# An interval of the filling or injecting, not an amount given (round 15, fbr-pump-01): "checking for return every 5 cc",
# "aspirating after every 3 mL", "with negative aspiration after each 2 mL".
_EVERY_BEFORE = compile_rule(r"\b(?:(?:after\s+)?every|after\s+each)\s+$", re.IGNORECASE)
# A second volume of one drug that is the whole of it: "2 mL ... into each of the three muscles, six milliliters in all".
_CLAUSE_BREAK = compile_rule(r"[,;]")
# A bracket closed by a total word right after its amount: "(4 mg in total)", "(80 mg total)", "(30 mg in all)".
# ... also a total word closing its own clause inside a longer bracket ("(4 mg in total, from a single-dose vial, none
# wasted)", "(80 mg overall; no waste)"; round 17b, e3, fcr-rfa-02)
# The words: lexicon.yaml `drug_bracket_total`.
_BRACKET_TOTAL = compile_rule(r"[ \t]*(?:" + cue_text("drug_bracket_total") + r")[ \t]*"
                              r"(?:\)|[,;][^()\n]{1,120}\))", re.IGNORECASE)
_EACH_WORD = compile_rule(r"\b(?:" + cue_text("drug_each_word") + r")\b", re.IGNORECASE)  # (lexicon `drug_each_word`)
# A bracket giving each site's share: "(20 mg at each foramen)", "(10 mg per level)", "(20 mg to each joint)".
_BRACKET_SHARE = compile_rule(r"[ \t]*(?:(?:at|to|into|in|for|on)[ \t]+)?(?:each|every|per)\b[^()\n]{0,30}\)", re.IGNORECASE)
_TOTAL_AFTER = compile_rule(r"\s*(?:" + cue_text("drug_total_after") + r")\b", re.IGNORECASE)  # (lexicon `drug_total_after`)
# An amount told as what was given in a vial's accounting ("20 mg given, 20 mg discarded"; round 19, teach19).
_GIVEN_AFTER_AMOUNT = compile_rule(r"\s*(?:was\s+|were\s+)?(?:given|administered|injected|used|delivered)\b", re.IGNORECASE)
# The drug named again between an amount and its total word: "80 mg of triamcinolone in total" (round 19, teach19).
_OF_DRUG_NAME = compile_rule(r"\s+of\s+(?:the\s+)?[A-Za-z][\w-]*(?:\s+(?:acetonide|acetate|sodium\s+phosphate|phosphate|HCl))?",
                             re.IGNORECASE)
# A label closing the line before the amounts: "Each side:" / "Each:" / "At each level:" + newline.
_EACH_LABEL = compile_rule(r"(?:^|(?<=[\s.;]))(?:at\s+|for\s+|on\s+)?each(?:\s+(?:side|level|nerve|joint|site|"
                           r"knee|hip|shoulder|point|muscle|foramen|root))?[ \t]*:[ \t]*\n?[ \t]*$", re.IGNORECASE)
# ... and such a label opening the sentence itself ("Each side: 22 g needle to the L5-S1 foramen ...; Isovue-M 200, 1 mL,
# confirmed epidural flow"): it speaks for every clause of that sentence, past a semicolon.
# A sentence that opens on a per-site phrase ("At ea. site Omnipaque 0.5 mL ...; then 0.5 mL Kenalog-40 + 1 mL 0.25%
# bupivacaine", "At each level, contrast 1 mL; dexamethasone 4 mg") sets the scope of every clause after it.
_EACH_SITE_OPENS = compile_rule(r"[ \t]*(?:at|for|in|into|to|on)[ \t]+(?:each|every|ea\.?)[ \t]+(?:" + cue_text("drug_each_site_noun") + r")"
                                r"\b", re.IGNORECASE)
_CLAUSE_OPEN = compile_rule(r"[,;:)][ \t]*\n?[ \t]*")  # where a clause of a sentence opens
_EACH_LABEL_OPENS = compile_rule(r"[ \t]*(?:at\s+|for\s+|on\s+|in\s+)?each(?:\s+(?:side|level|nerve|joint|site|knee|hip|"
                                 r"shoulder|point|muscle|foramen|root|target))?[ \t]*[:\u2013\u2014-][ \t]", re.IGNORECASE)
# A skin amount given per side, the amount right before the per-side phrase ("a skin wheal of 1% lidocaine, 2 mL per
# side, 22-gauge needles were walked to ... L4 and L5", also "two mL per side", "3 milliliters a side"): per side,
# however many levels the sentence then names.
_SIDE_AMOUNT = compile_rule(r"\b(?:skin|wheal|subcutaneous|superficial|local)\b[^.;]{0,40}?"
                            r"(?:\d|\b(?:one|two|three|four|five|six|half))\s*(?:ml|cc|millilit(?:er|re)s?)\s*,?\s*"
                            r"(?:per|each|a|/)\s*side\b", re.IGNORECASE)
# A sentence that repeats the procedure on another side ("Identical technique on the right side (2 mL of 1% lidocaine
# ...)", "Right SI joint done the same way with the same amounts (...)"): its own amounts are a second dose.
_REPEAT_WORDING = compile_rule(r"\b(?:same|identical|similar)\s+(?:way|manner|fashion|technique|procedure|proc|approach|"
                               r"amounts?|doses?|mixture|injectate|medications?|steps?)\b|\b(?:repeated|identically)\b",
                               re.IGNORECASE)
# A drug name that ends its sentence with no punctuation, the rest of a brand on the next line ("Celestone" +
# newline + "Soluspan 6 mg ..."); the next line is no labelled field of its own.
_NAME_ENDS_LINE = compile_rule(r"[\w-]*[ \t]*\n(?:[ \t]*\n)?[ \t]*(?![A-Za-z][\w /-]{0,30}:)(?=\S)")  # a stray blank line too
# A wrapped row of a smartform/log block: a line indented under the one before (or opening on a '|' grid bar), so that
# it continues that line's procedure ("Procedure #1: SIJ block | Side: bilateral ..." + newline + "     | Med: 2%
# lidocaine 2 mL per side"). At most this many lines are walked back to the row that names the procedure.
_CONTINUATION_LINE = compile_rule(r"[ \t]{2,}\S|[ \t]*\|")
_MAX_CONTINUATION_LINES = 6



def _digits_only(name: str) -> re.Pattern[str] | None:
    """The `name` pattern of the patterns file with its dictated-number branches cut out: the `num` group keeps only
    its first alternative (digits) and a top-level alternative holding the `pctw` group is dropped. The groups keep
    their numbers and names (a cut branch only ever left them unset), so a match of this form is a match of the
    whole pattern with the same span and groups. None when the pattern is not of that shape (then no cheaper form)."""
    flags = re.IGNORECASE | re.VERBOSE
    pattern = load_yaml("patterns.yaml")["patterns"][name]
    parsed = _parser.parse(pattern, flags)
    groups = parsed.state.groupdict

    def holds(seq, gid: int) -> bool:  # noqa: ANN001
        return any(op is _C.SUBPATTERN and (av[0] == gid or holds(av[3], gid))
                   or op is _C.BRANCH and any(holds(b, gid) for b in av[1]) for op, av in seq)

    def cut(seq) -> bool:  # noqa: ANN001
        done = False
        for i, (op, av) in enumerate(seq):
            if op is _C.SUBPATTERN and av[0] == groups.get("num") and len(av[3]) == 1 and av[3][0][0] is _C.BRANCH:
                seq[i] = (op, (av[0], av[1], av[2], av[3][0][1][1][0]))
                done = True
            elif op is _C.BRANCH:
                kept = [b for b in av[1] if "pctw" not in groups or not holds(b, groups["pctw"])]
                for b in kept:
                    done = cut(b) or done
                seq[i] = (op, (av[0], kept))
            elif op is _C.SUBPATTERN:
                done = cut(av[3]) or done
        return done

    if "num" not in groups or not cut(parsed.data):
        return None
    return compile_with_start_set(pattern, flags, frozenset("."), frozenset({_C.CATEGORY_DIGIT}), parsed=parsed)


# `mass` and `concentration` for a note lacking every word their dictated-number branches need: a dictated amount
# counts only before a spelled unit ("Four milligrams", "ten units"), a dictated strength only before "milligrams
# per"/"micrograms per" or "percent" (lookaheads inside the branch, within the searched bounds), so in such a note
# those branches never match and the digits-only forms find the same matches. Most notes write amounts in digits,
# and the word branches are tried at every letter of every drug sentence.
_DIGIT_FORMS: dict[str, tuple[tuple[str, ...], re.Pattern[str] | None]] = {
    "mass": (("milligram", "microgram", "units"), _digits_only("mass")),
    "concentration": (("milligram", "microgram", "percent", "per cent"), _digits_only("concentration")),
}


def _spoken(text: str) -> float | None:
    """An amount or strength as written: digits ('2', '0.5', '1/2') or dictated words ('ten', 'forty',
    'twenty five', 'one hundred', 'one and a half', 'half a', 'a quarter', 'point two five')."""
    t = " ".join(text.lower().replace("-", " ").split())
    if _DECIMAL_COMMA.fullmatch(t):  # "0,25" / "6,6": a decimal comma (European / Indian English)
        t = t.replace(",", ".")
    elif _THOUSANDS.fullmatch(t):  # "3,500" (units of Myobloc): a thousands separator (round 22, dose22)
        t = t.replace(",", "")
    elif _OCR_DIGITS.fullmatch(t):  # an OCR scan's 'l' for 1 and 'O' for 0: "l mL", "4O mg", "O.5 mL"
        t = t.replace("l", "1").replace("o", "0")
    value = number(t)
    if value is not None:
        return value
    if t in _FRACTION_WORDS:
        return _FRACTION_WORDS[t]
    if t in _UNICODE_FRACTIONS:
        return _UNICODE_FRACTIONS[t]
    mixed = _MIXED_NUMBER.fullmatch(t)
    if mixed:
        frac = _UNICODE_FRACTIONS[mixed["u"]] if mixed["u"] else int(mixed["a"]) / int(mixed["b"])
        return int(mixed["whole"]) + frac
    if t.endswith(" and a half"):
        whole = _spoken(t[: -len(" and a half")])
        return None if whole is None else whole + 0.5
    words = t.split()
    if len(words) > 2 and words[0] in _DIGIT_WORDS and words[1] == "point":  # "two point five"
        tail = _spoken(" ".join(words[1:]))
        return None if tail is None else _DIGIT_WORDS[words[0]] + tail
    if words[0] == "point" and all(w in _DIGIT_WORDS for w in words[1:]) and len(words) > 1:
        return float("0." + "".join(str(_DIGIT_WORDS[w]) for w in words[1:]))
    if len(words) == 2 and words[0] in _DIGIT_WORDS and words[1] == "hundred":  # "one hundred", "five hundred"
        return 100.0 * _DIGIT_WORDS[words[0]]
    if words[0] in _TENS_WORDS and (len(words) == 1 or (len(words) == 2 and words[1] in _DIGIT_WORDS)):
        return float(_TENS_WORDS[words[0]] + (_DIGIT_WORDS[words[1]] if len(words) == 2 else 0))
    return None


# A sentence giving an amount at each trigger point (`_points_stated_before`), and a stated count that counts points.
_EACH_POINT = compile_rule(r"\b(?:each|every|per|a)\s+(?:trigger\s+)?point\b|\b(?:trigger\s+)?points?\s+each\b", re.IGNORECASE)
_POINTS_COUNTED = compile_rule(r"\b(?:TPIs?|points?|injection\s+sites?)\b", re.IGNORECASE)


def _stated_sites(sent: str) -> int | None:
    """The count of injection sites a sentence writes ("4 trigger points", "three injection sites", "TPI x 4")."""
    stated = _STATED_SITES.search(sent)
    if stated is None:
        return None
    n = stated.group("n") or stated.group("n2")
    return _site_count(n)


# The fields that say who sedated: an earlier sentence there names the provider of the agents in a later one.
_SEDATION_FIELDS = frozenset({"anesthesia", "sedation"})


# Round 19 (r3a, fdp-h-facet-01): a same-again-at-levels clause that goes on to the other side ('... and repeated on the
# left at all three levels', '..., then the same on the other side', 'and mirrored on the contralateral side'): the other
# side's sites count too (`_levels_repeated`).
_OTHER_SIDE_TOO = compile_rule(r"\b(?:" + cue_text("drug_other_side_repeat") + r")\b[^.;\n]{0,30}?"
                               r"\b(?:on|at|to|for)\s+the\s+(?:left|right|other|opposite|contralateral)(?:\s+side)?\b", re.IGNORECASE)


@dataclass
class Qty:
    start: int
    end: int
    kind: str  # conc | mass | volume | solution_volume
    value: float
    unit: str
    text: str
    paren: bool = False  # inside parentheses: a restatement ("(12 mg total)"), used only as a fallback


def _parts_make_whole(mentions: list, whole: float) -> bool:
    """Whether the volumes of a sentence's mixture parts (two or more drugs, no contrast) add up to `whole` ('1 mL of
    triamcinolone 40 mg/mL plus 4 mL of 1% lidocaine, 5 mL in total, half to each side'): the total is the mixture's,
    not the last drug's own (round 20, pub20c, fdu-onb-01)."""
    parts = [m.volume for m in mentions if m.role != "contrast"]
    return len(parts) > 1 and None not in parts and abs(sum(parts) - whole) < 1e-6


def _same_use(a: object, b: object) -> bool:
    """Whether two places of a dose (`_drug_place`: field, skin use) may restate one administration: not the skin's
    local beside the injectate."""
    return not (isinstance(a, tuple) and isinstance(b, tuple) and a[1] != b[1])


@dataclass
class DrugMention:
    span: Span
    generic: str
    role: str | None
    written: str
    section: str | None
    conc_value: float | None = None  # mg/mL (or units/mL)
    conc_unit: str | None = None
    conc_text: str | None = None
    conc_start: int | None = None  # where the strength starts and ends in the text
    conc_end: int | None = None
    #: the only amount is the strength of the vial it came from ("came from a 40 mg/1 mL single-dose vial"): the
    #: container's description, not a dose where another mention of the drug has one (`build`)
    vial_strength: bool = False
    mass: float | None = None
    mass_unit: str | None = None
    volume: float | None = None
    fallback: list[Qty] = field(default_factory=list)
    bare: bool = True  # no quantity of any kind attached
    per_site: bool = False
    sites: int | None = None
    solution_fraction: float | None = None
    evidence: list[Evidence] = field(default_factory=list)
    container: str | None = None
    discarded: float | None = None
    #: the discarded amount was written as a volume ("0.5 mL discarded") of a drug dosed by mass: converted with the
    #: stated strength when the drug's total is built (`_discarded`)
    discarded_ml: bool = False
    route: str | None = None
    strength: float | None = None
    masses: list[float] = field(default_factory=list)  # each amount written, in order
    mass_ends: list[int] = field(default_factory=list)  # where each of `masses` ends in the text
    volumes: list[float] = field(default_factory=list)  # each volume written, in order
    volume_ends: list[int] = field(default_factory=list)  # where each of `volumes` ends in the text
    repeat: bool = False  # in a sentence repeating the procedure on another side: never a restatement
    side_summary: bool = False  # after "so each knee received": one side's amount, the sentence's other amounts its parts
    vial: float | None = None  # a toxin vial's size in units ("a 100 unit vial of Botox")
    remainder_discarded: bool = False  # "the remainder of the vial was discarded": vial less the dose
    #: its amount is a bracketed share of each site ("split between the two joints (20 mg each)"): per site
    paren_each: bool = False
    #: its own sentence accounts for the vial it came from and what was discarded ("Dexamethasone came from a 10 mg/mL
    #: single-dose vial; 0.4 mL given, 0.6 mL wasted"): a restatement where another sentence gives the same dose (`build`)
    vial_account: bool = False
    #: where the sentence starts that tells this mention's discarded amount in the mention's own sentence: each vial
    #: accounted for in a sentence of its own adds its waste (`_discarded`; round 20, tgap20)
    discard_sentence: int | None = None
    #: its volume was a share of a vial of this size ("half of a 1 mL vial"): a rest told discarded is the vial less the
    #: dose (`_discarded`; round 22)
    vial_ml: float | None = None


def _unit(u: str) -> str:
    """The unit of a written amount: 'µg'/'ug' (international) and the OCR slips 'rng'/'rncg' ('m' read as 'rn')
    are micrograms or milligrams; 'rnL' a millilitre."""
    u = u.lower()
    if u.startswith(("mcg", "microgram", "\u00b5g", "\u03bcg", "ug", "rncg")):
        return "mcg"
    if u.startswith(("mg", "milligram", "rng")):
        return "mg"
    if u.startswith("u"):
        return "units"
    return "ml"


class DrugBuilder:
    def __init__(self, ctx: NoteContext, units: int = 1, sides: int = 1, nerves: int | None = None,
                 plans: list[tuple[list[int], int, int, int | None, int]] | None = None, muscles: int = 0) -> None:
        """`units` (levels or nerves) and `sides` of the note's first procedure give the number of
        sites when a dose is stated "at each level" without a count; `nerves`, when given, the nerves per side
        of a medial branch procedure that names only joints (for "per nerve"). `plans`, for a session of several
        procedures, holds each one's (where it is written, units, sides, nerves): a drug sentence that names one
        of them ("TPI: each muscle injected with 1.5 mL", "GON blocks: on each side 2 mL") counts its sites.
        `muscles`: the trigger point muscles, each side one ("1 mL per muscle" into R and L paraspinals, R QL = 3)."""
        self.ctx = ctx
        self.text = ctx.text
        self.p = compiled_patterns()
        self._by_other_note: bool | None = None  # _note_sedated_by_other, read once
        self.units = units
        self.sides = sides
        self.nerves = nerves
        self.muscles = muscles
        self._default_plan = (units, sides, nerves, muscles)
        self._plans = plans or []
        self._corrections: list[tuple[int, int, str]] | None = None  # `_correction_blocks`, read once
        self._vial_counts: dict[int, int] = {}
        self._vial_sizes: dict[int, float] = {}  # end of a volume given as a share of a vial -> the vial's volume  # end of a volume told as N vials -> N (`_vials_given`, `_one_vial_each`)
        #: whether the current drug sentence names its own procedure (then it never borrows the nerves of the
        #: sentence before: "(1) ... C4, C5 and C6 medial branches ... (2) trapezius and levator: 2 mL into each")
        self._own_plan = False
        #: `_past_span` per (start, end): a note's drugs share a few sentences, and each answer costs three
        #: long cue searches and a quantity scan.
        self._past_spans: dict[tuple[int, int], bool] = {}
        #: where the note's local anesthetic names end (`_after_anesthetic_name`), read once
        self._anesthetic_ends: list[int] | None = None
        low = lowered_once(self.text)
        #: `mass` and `concentration` as searched in this note: the digits-only forms where it lacks the words
        #: their dictated branches need (`_DIGIT_FORMS`).
        self._qty_rx = {name: rx if rx is not None and low is not None and not any(w in low for w in words)
                        else self.p[name] for name, (words, rx) in _DIGIT_FORMS.items()}

    def _wasted(self, a: int, b: int, s: int) -> bool:
        """The amount at a..b is one discarded, not given ("20 units were wasted", "Wasted: 20 units")."""
        return bool(_WASTED_AFTER.match(self.text, b) or _WASTED_BEFORE.search(self.text, max(s, a - 40), a))

    def _discard(self, s: int, e: int) -> tuple[float | None, bool, bool]:
        """What a sentence says was discarded from the container: the amount (a JW line), 0.0 when it says nothing
        was (JZ), else None; whether it discards "the remainder" without an amount (the vial less the dose); and
        whether the amount is a volume in mL ("0.5 mL of the 10 mg/mL vial discarded": mg only with the strength)."""
        text = self.text
        if _WASTE_WORD.search(text, s, e):
            for rx in (self._qty_rx["mass"], _WORD_MG):  # "20 units were wasted", "the remaining ten mg ... discarded"
                for x in rx.finditer(text, s, e):
                    if self._wasted(x.start(), x.end(), s):
                        return _spoken(x.group("num")) or 0.0, False, False
            dm = _DISCARDED.search(text, s, e) or _WASTED_UNITS_LABEL.search(text, s, e)
            if dm:
                unit = (dm.groupdict().get("unit") or dm.groupdict().get("unit2") or "").lower()
                return float(dm.group("num") or dm.groupdict().get("num2")), False, unit in ("ml", "cc")
            for x in self.p["volume"].finditer(text, s, e):  # "Wasted: 0.5 mL", "the remaining 0.5 cc was discarded"
                if self._wasted(x.start(), x.end(), s) and _spoken(x.group("num")) is not None:
                    return _spoken(x.group("num")), False, True
        if _NO_DISCARD.search(text, s, e):
            return 0.0, False, False
        return None, bool(_REMAINDER_WASTED.search(text, s, e)), False

    def _waste_cell(self, at: int) -> tuple[float, bool] | None:
        """A form table's drug row (cells split by '|' or tabs) under a header row naming a waste column ('| Vial |
        Wasted |', 'Amount discarded', 'JW'): the row's cell in that column is what was discarded from the container
        (0 for '0 mL', 'none', 'no'; an amount for a JW line), and whether it is a volume. Round 18 (fcv-onb-01): the
        row itself holds no waste word, so the sentence reading never saw it. None when no such header stands above
        in the same table or the cell is empty or holds something else. `at` is where the drug's name stands."""
        text = self.text
        ls = text.rfind("\n", 0, at) + 1
        le = text.find("\n", at)
        row = text[ls:len(text) if le < 0 else le]
        sep = "|" if row.count("|") >= 2 else "\t" if row.count("\t") >= 2 else None
        if sep is None:
            return None
        end = ls - 1
        for _ in range(_TABLE_HEADER_LOOKBACK):
            if end <= 0:
                return None
            hs = text.rfind("\n", 0, end) + 1
            line, end = text[hs:end], hs - 1
            if line.count(sep) < 2:
                return None  # left the table before finding its header
            heads = line.split(sep)
            col = next((i for i, c in enumerate(heads) if _WASTE_HEADER.match(c)), None)
            if col is None:
                continue
            cells = row.split(sep)
            if col >= len(cells):
                return None
            if _WASTE_CELL_NONE.match(cells[col]):
                return 0.0, False
            m = _WASTE_CELL_AMOUNT.match(cells[col])
            if m is None:
                return None
            unit = m.group("unit") or next(iter(_HEADER_UNIT.findall(heads[col])), None)
            return (float(m.group("num")), unit.lower() in ("ml", "cc")) if unit else None
        return None

    def _spoken_point(self, x: re.Match[str], group: str, s: int) -> tuple[int, float] | None:
        """Where a dictated decimal starts and its value, when the digits of `group` in `x` follow a spoken
        "point" ("point 5 percent" is 0.5%, "2 point 5 mL" 2.5 mL): the patterns read only the digits, ten or a
        hundred times the amount. None when no such word stands before them."""
        digits = x.group(group)
        if not digits or not digits.isdigit() or len(digits) > 3:
            return None
        a = x.start(group)
        if a - s < 6 or self.text[a - 1] not in " \t":
            return None
        m = _SPOKEN_POINT.search(self.text, max(s, a - 24), a)
        if m is None:
            return None
        whole = m.group("whole")
        base = 0 if whole is None else int(whole) if whole.isdigit() else _POINT_WHOLE[whole.lower()]
        return m.start(), base + float("0." + digits)

    def _quantities(self, s: int, e: int) -> list[Qty]:
        text = self.text
        out: list[Qty] = []
        taken: list[tuple[int, int]] = []
        for x in self._qty_rx["concentration"].finditer(text, s, e):
            if x.group("pct") is not None or x.group("pctw") is not None:
                v = (_spoken(x.group("pct")) or 0.0) if x.group("pct") is not None \
                    else (_spoken(x.group("pctw")) or 0.0)
                point = self._spoken_point(x, "pct", s)
                if point is not None:  # "point 25 percent bupivacaine": 0.25%
                    out.append(Qty(point[0], x.end(), "conc", point[1] * 10.0, "mg", text[point[0]:x.end()]))
                    taken.append((point[0], x.end()))
                    continue
                if v >= 10 and (_RELIEF_AFTER_PCT.match(text, x.end()) or _RESULT_PAREN_AFTER_PCT.match(text, x.end())
                                or _RELIEF_BEFORE_PCT.search(text, max(s, x.start() - 40), x.start())):
                    continue  # "1st MBB: 85% x 5h (lido)", "relief, roughly 85 percent": a relief, not a strength
                if v > 10 and self._after_anesthetic_name(x.start()):
                    continue  # "Comparative MBBs: 04/2024 lidocaine 90 %, 05/2024 bupivacaine 80 %": the blocks' relief
                out.append(Qty(x.start(), x.end(), "conc", v * 10.0, "mg", x.group(0)))
            else:
                out.append(Qty(x.start(), x.end(), "conc", _spoken(x.group("num")) or 0.0, _unit(x.group("unit")), x.group(0)))
            taken.append((x.start(), x.end()))

        for x in _WORD_CONC.finditer(text, s, e):  # "Decadron four mg/mL": a dictated number, an abbreviated unit
            out.append(Qty(x.start(), x.end(), "conc", _spoken(x.group("num")) or 0.0, _unit(x.group("unit")), x.group(0)))
            taken.append((x.start(), x.end()))

        def free(a: int, b: int) -> bool:
            return not any(p < b and a < q for p, q in taken)

        waste = _WASTE_WORD.search(text, s, e) is not None
        for x in self._qty_rx["mass"].finditer(text, s, e):
            if free(x.start(), x.end()) and not _NOT_DOSE_MASS.match(text, x.end()) \
                    and not (waste and self._wasted(x.start(), x.end(), s)) \
                    and not self._increment(x.start(), x.end(), s):  # "fentanyl 100 mcg in 25 mcg increments"
                point = self._spoken_point(x, "num", s)  # "point 5 mg": 0.5 mg
                a, v = point if point is not None else (x.start(), _spoken(x.group("num")) or 0.0)
                out.append(Qty(a, x.end(), "mass", v, _unit(x.group("unit")), text[a:x.end()]))
        for x in _WORD_MG.finditer(text, s, e):  # "dexamethasone ten mg": a dictated number, an abbreviated unit
            if not _NOT_DOSE_MASS.match(text, x.end()) and not (waste and self._wasted(x.start(), x.end(), s)):
                out.append(Qty(x.start(), x.end(), "mass", _spoken(x.group("num")) or 0.0, _unit(x.group("unit")), x.group(0)))
        for x in self.p["volume"].finditer(text, s, e):
            point = self._spoken_point(x, "num", s)  # "point 5 mL", "2 point 5 mL": 0.5 mL, 2.5 mL
            a = x.start() if point is None else point[0]
            if not free(a, x.end()) or (_NOT_GIVEN_BEFORE.search(text, max(s, a - 30), a)
                                        and not self._remainder_after_test_dose(a, x.end(), s)) \
                    or _NOT_GIVEN_AFTER.match(text, x.end()) or (waste and self._wasted(a, x.end(), s)):
                continue  # (a wasted volume is never given: "0.5 mL discarded, 1 mL injected")
            if _TEST_DOSE_AFTER.match(text, x.end()) or (_TEST_DOSE_BEFORE.search(text, max(s, a - 30), a)
                                                          and not self._drug_named_after(x.end(), e)):
                continue  # "a 0.5 mL test dose, 6 mL of 0.25% bupivacaine": the test dose names no drug
            if (_TEST_DOSE_OF.match(text, x.end()) or _TEST_DOSE_BEFORE.search(text, max(s, a - 30), a)) \
                    and _REST_OF_TOTAL.search(text, x.end(), e):
                continue  # "a 0.5 mL test dose of 0.5% ropivacaine, then the rest of a 5 mL total": the total holds it
            v = _spoken(x.group("num")) if point is None else point[1]
            if v is not None and v >= 1 and _BARE_FRACTION.fullmatch(x.group("num")):
                continue  # "dex 10/1 cc", "Kenalog 40/2 cc": two amounts parted by a slash, never 10 or 20 mL
            if v is not None and _NOT_DRUG_VOLUME.match(text, x.end()):
                count = self._vials_given(a, x.end(), s, e)
                if count is None:
                    share = self._vial_share(a, x.end(), s, e) or self._vial_emptied(x.end(), e)
                    if share is None:
                        continue
                    self._vial_sizes[x.end()] = v  # "half of a 1 mL single-dose vial of ...": half the vial given
                    v *= share
                else:
                    v *= count  # "one 1 mL single-dose vial of Depo-Medrol 80 mg/mL was mixed with ...": the vial's contents
                    self._vial_counts[x.end()] = count
            if v is None or _DILUENT_BEFORE.search(text, max(s, a - 40), a) or _SAME_MIXTURE_BEFORE.search(text, max(s, a - 40), a) \
                    or self._cement_volume(a, s):
                continue
            if self._increment(a, x.end(), s):
                continue  # "5 mL ... injected in 1 mL increments" / "2 mL at a time"
            kind = "solution_volume" if _SOLUTION_VOLUME.match(text, x.end()) else "volume"
            out.append(Qty(a, x.end(), kind, v, "ml", text[a:x.end()]))
        out.sort(key=lambda q: q.start)
        for q in out:
            q.paren = text.rfind("(", s, q.start) > text.rfind(")", s, q.start)
        return out

    def _remainder_after_test_dose(self, a: int, end: int, s: int) -> bool:
        """'A test dose of 0.5 mL of 1% lidocaine was negative, then the remaining 4.5 mL was injected' (round 20, gap20):
        the volume after 'remaining' is the rest of the drug given after its test dose, so it adds to it, where a
        'remaining' volume is otherwise what was left (withdrawn, discarded). A test dose told earlier
        in its sentence with its drug named after it ('a test dose of 0.5 mL of 1% lidocaine'), and a verb of giving after
        the volume or before 'remaining'. Not after a test dose naming no drug ('5 mL drawn up; a 1 mL test dose ...,
        followed by the remaining 4 mL': the drawn-up whole holds both), nor a wasted remainder."""
        text = self.text
        if not _REMAINING_GIVEN_BEFORE.search(text, max(s, a - 40), a):
            return False
        if not (_GIVEN_AFTER_REMAINDER.match(text, end) or _GIVING_BEFORE_REMAINDER.search(text, max(s, a - 40), a)):
            return False
        drugs = self.ctx.spans("DRUG")
        test = _TEST_DOSE_ANY.search(text, s, a)
        if test is None and s > 0:  # the test dose told in the sentence before, its drug named again here ('Test dose
            # of 1 mL lidocaine 1% negative. The remaining 4 mL of lidocaine was then given'; round 20, gap20b)
            ps, pe = self.ctx.idx.sentence_at(s - 1)
            test = _TEST_DOSE_ANY.search(text, ps, pe) if ps < s else None
            if test is None:
                return False
            named = {d._.meta["generic"] for d in drugs if test.end() <= d.start_char < pe}
            e = self.ctx.idx.sentence_at(a)[1]
            return any(d._.meta["generic"] in named for d in drugs if s <= d.start_char < e)
        return test is not None and any(test.end() <= d.start_char < a for d in drugs)

    def _cement_volume(self, a: int, s: int) -> bool:
        """The volume at `a` is the bone cement's: cement named before it in its clause, no drug named between."""
        m = _CEMENT_CLAUSE.search(self.text, max(s, a - 100), a)
        return m is not None and not any(m.start() < d.start_char < a for d in self.ctx.spans("DRUG"))

    def _drug_named_after(self, end: int, e: int) -> bool:
        """A drug named in the clause after an amount ("1 mL of 1% lidocaine", "1 mL lidocaine 1%")."""
        stop = min((i for i in (self.text.find(",", end, e), self.text.find(";", end, e)) if i >= 0), default=e)
        return any(end <= d.start_char < stop for d in self.ctx.spans("DRUG"))

    def _after_anesthetic_name(self, start: int) -> bool:
        """A local anesthetic's name written right before the percent, with at most a bracket, colon, dash or equals
        sign between ("lidocaine 90 %", "bupi 80%", "Marcaine: 75%", "(lido) 85%"). No injected local anesthetic comes
        stronger than a few percent, so a percent above 10 there is the result of a block done with it, not its
        strength. The drug lexicon's role says which drugs are local anesthetics."""
        if self._anesthetic_ends is None:
            self._anesthetic_ends = [d.end_char for d in self.ctx.spans("DRUG") if d._.meta.get("role") == "anesthetic"]
        return any(0 <= start - end <= 6 and _ANESTHETIC_TO_PCT.fullmatch(self.text, end, start)
                   for end in self._anesthetic_ends)

    def _increment(self, start: int, end: int, s: int) -> bool:
        """An amount that says how a dose was given, not another dose: "in 1 mL increments", "2 mL at a time",
        "checking for return every 5 cc"."""
        text = self.text
        return bool((_INCREMENT_AFTER.match(text, end) and _IN_BEFORE.search(text, max(s, start - 6), start))
                    or _AT_A_TIME.match(text, end) or _EVERY_BEFORE.search(text, max(s, start - 12), start))

    def _sites(self, s: int, e: int) -> tuple[bool, int | None]:
        """(stated per site?, number of sites). An explicit count wins ("at each of 4 sites");
        otherwise levels or nerves of the procedure times its sides ("at each level", "on each side")."""
        sent = self.text[s:e]
        found_any = self.p["per_site"].search(sent) or self.p["at_each_bare"].search(sent)
        total = _PAREN_SITE_TOTAL.search(sent) if found_any else None
        if total and not self._restated_amount(int(total.group("n")), s, s + total.start()):
            return True, int(total.group("n"))  # "1 mL per point, 1 point each muscle (3 total)": the whole count
        listed = _EACH_OF_LIST.search(sent) or _EACH_OF_CODES.search(sent)
        if listed and not self.p["per_site_count"].search(sent):  # "each of the SM, SL and IM nerves": 3
            return True, len(_LIST_SPLIT.split(listed.group("list")))
        counted = self.p["per_site_count"].search(sent) or _TIMES_SITES.search(sent)
        if counted:
            n = counted.group("n")
            count = _site_count(n)
            if count and self.sides == 2 and count == self.units and self.units > 1:
                count *= 2  # "at each of the 4 sites" of a bilateral 4-nerve block: 4 per side
            return True, count
        found = list(self.p["per_site"].finditer(sent))
        times = None if found or _TOTAL_NEAR.search(sent) else _AMOUNT_TIMES.search(sent)
        if times:  # "1% lido 1 mL x 3" (not "1 mL x4 (...), 40 mg total": its total is written)
            return True, int(times.group("n"))
        if not found and self.p["each_treated"].search(sent):  # "L2, L3 and L4 medial branches each blocked with"
            # "Three trigger points were each injected with 2 mL of ...": the count written there
            return True, self._listed_nerves(s, e) or _stated_sites(sent) or self.units * self.sides
        if not found:
            bare = self.p["at_each_bare"].search(sent)
            first = (cue("first_site").search(sent) and note_cue("repeated_site").search(self.text)) \
                or self._repeated_next(e, sent)
            if bare or first:
                counted_points = self._points_counted(s, e)
                if counted_points:  # "trapezius x2 and rhomboid x1, 1 cc 1% lidocaine each"
                    return True, counted_points
                stated = _stated_sites(sent) or self._points_stated_before(s, sent)
                if stated:  # "4 trigger points (...), 1 mL 1% lidocaine each"
                    return True, stated
                listed = self._listed_nerves(s, e) or self._nerves_listed_before(s, e)
                if listed:  # "25 g to R C5, C6, C7 MB; 0.3 mL 0.5% bupi each": the nerves of that list
                    return True, listed
                return True, self.units * self.sides
            if self._one_side_then_repeated(s, e) or _EACH_SIDE_NAMED.search(sent):
                return True, 2
            return False, None
        for m in found:
            n = m.group("n")
            if n:
                count = _site_count(n)
                if count and self.sides == 2 and count == self.units and self.units > 1:
                    count *= 2  # "at each of the 4 sites" of a bilateral 4-nerve block: 4 per side
                return True, count
        t = self.p["times_count"].search(sent)
        if t and t.group("n"):
            return True, int(t.group("n"))
        if all(re.match(r"(?:trigger\s+)?points?|sites?|injections?", m.group("what"), re.IGNORECASE) for m in found):
            counted_points = self._points_counted(s, e, note_wide=True)
            if counted_points:  # "Location: trapezius (2 points), rhomboid (1)" + "1 mL per trigger point"
                return True, counted_points
        stated = _stated_sites(sent) or self._points_stated_before(s, sent)
        if stated:  # "4 trigger points (...), 1 mL of 1% lidocaine at each point"
            return True, stated
        if self.muscles > 1 and all(m.group("what").lower().startswith("muscle") for m in found):
            return True, self.muscles  # "1 mL per muscle" into R and L paraspinals, R QL and L gluteus medius: 4
        sides = 2 if any(m.group("what").lower().startswith("side") for m in found) else self.sides
        if all(m.group("sided") for m in found):
            sides = 1  # "1 mL of this mixture into each left joint": the joints of that side
        if self.units * sides == 1 and all(re.match(r"sites?|targets?", m.group("what"), re.IGNORECASE) for m in found):
            counted = self._sites_counted_next(e)
            if counted:  # "Each site was numbed with 1 mL of 1% lidocaine." + "Lesions ... at all four targets."
                return True, counted
            listed = self._nerves_listed_before(s, e)
            if listed and listed > 1:  # "Probes at the right L5 dorsal ramus and lateral to the right S1, S2 and S3
                return True, listed  # foramina. Each site received 2 mL of 1% lidocaine": 4 sites (round 20, gap20)
        if self.units * sides == 1 and all(_NEEDLE_SITE.fullmatch(m.group("what")) for m in found):
            needles = self._needles_counted(e)
            if needles:  # "Two 22-gauge needles were advanced ... 10 mL of dehydrated alcohol through each needle": 2
                return True, needles
        if all(m.group("named") for m in found):  # "at each greater occipital nerve": one nerve per side
            return True, sides
        if all(_LATERAL_BRANCH.search(m.group(0)) for m in found):
            lateral = self._lateral_branches(s, e)
            if lateral:  # "1 mL of 2% lidocaine per lateral branch": the lateral branches listed, not the dorsal ramus
                return True, lateral * sides
        if self.nerves and all(re.match(r"(?:nerve|medial|branch)", m.group("what"), re.IGNORECASE) for m in found):
            return True, self.nerves * sides  # "MBB at L4-5 and L5-S1 ... 0.5 mL per nerve": 3 nerves a side
        if all(m.group("what").lower().startswith("side") for m in found) and _SIDE_AMOUNT.search(sent):
            return True, 2  # "a skin wheal of 1% lidocaine, 2 mL per side, ...": the amount right before names the side
        return True, self.units * sides

    def _points_stated_before(self, s: int, sent: str) -> int | None:
        """The trigger points counted in today's text before a sentence that gives an amount at each point and counts
        none itself ("TPI x 8. Muscles: ... Each point received 1/8th cc ...", "Six trigger points were marked. Every
        point was injected with 1 mL ..."; round 22, dose22c, d9-029): the last count of points, injections or TPIs
        told before it. Only for a per-point sentence (a count of muscles or nerves is no count of points); a count in
        a sentence about earlier care ("TPI x 4 last month") is none. None otherwise."""
        if not _EACH_POINT.search(sent):
            return None
        found = None
        for m in _STATED_SITES.finditer(self.text, 0, s):
            if not _POINTS_COUNTED.search(m.group(0)):
                continue
            a, b = self.ctx.idx.sentence_at(m.start())
            if not (cue("prior_result_sentence").search(self.text, a, b) or cue("history_sentence").search(self.text, a, b)):
                found = m
        return _site_count(found.group("n") or found.group("n2")) if found else None

    def _needles_counted(self, e: int) -> int | None:
        """The needles counted where they were placed, in today's text up to the end `e` of the drug's sentence (the
        last count told there: "Two 22-gauge needles were advanced ..."); a count in a sentence about earlier care
        ("two needles were used at her last block") is none. None when no count is told."""
        found = None
        for m in _NEEDLES_COUNTED.finditer(self.text, 0, e):
            a, b = self.ctx.idx.sentence_at(m.start())
            if not (cue("prior_result_sentence").search(self.text, a, b) or cue("history_sentence").search(self.text, a, b)):
                found = m
        return _site_count(found.group("n")) if found else None

    def _sites_counted_next(self, e: int) -> int | None:
        """The count of sites or targets the sentence right after a drug's gives ("... were made at all four targets",
        "Four lesion sites were then ablated"), for "each site" of a procedure whose levels give no count (an SI joint
        ablation's dorsal ramus and lateral branches). None when that sentence counts no sites."""
        n = len(self.text)
        ns = e
        while ns < n and self.text[ns] in " \t\r\n":
            ns += 1
        if ns >= n:
            return None
        s2, e2 = self.ctx.idx.sentence_at(ns)
        if s2 < e or self.ctx.in_sentence(self.ctx.spans("DRUG"), s2):
            return None
        m = _SITES_COUNTED.search(self.text, s2, e2)
        if m is None:
            return None
        count = _site_count(m.group("n"))
        return count if count and 1 < count <= _MAX_SITE_COUNT else None

    def _repeated_next(self, e: int, sent: str) -> bool:
        """The sentence right after the drug's opens with a repeat of the whole injection at the other sites and
        names no drug of its own ("... dexamethasone 3 mg was given. Repeated at the remaining level, then on the
        contralateral side in the same way."; "This was repeated at the other levels"; "The same was done at the
        remaining sites"; "Identical injection at the next level"; a contrast total there is no drug of its own): the
        amounts before were one site's. A total
        written in the drug's sentence ("12 mg total divided between the four foramina") is already the whole."""
        if _TOTAL_NEAR.search(sent):
            return False
        n = len(self.text)
        ns = e
        while ns < n and self.text[ns] in " \t\r\n":
            ns += 1
        if ns >= n:
            return False
        s2, e2 = self.ctx.idx.sentence_at(ns)
        if s2 < e:
            return False
        rep = cue("repeated_site").search(self.text, s2, e2)
        # the contrast's total told in the repeat ('..., four injections in all, using about 4 mL of contrast') is no
        # drug of its own: only a non-contrast drug there gives the repeat amounts of its own (round 21, post21)
        return rep is not None and rep.start() - s2 <= 25 and not any(
            d._.meta.get("role") != "contrast" for d in self.ctx.in_sentence(self.ctx.spans("DRUG"), s2))

    def _points_counted(self, s: int, e: int, note_wide: bool = False) -> int | None:
        """Trigger points counted muscle by muscle, summed: in the sentence ("right trapezius x2 and right rhomboid
        x1, 1 cc 1% lidocaine each" = 3) or, with `note_wide`, on a line of the note that lists them with a count of
        points ("Location: right upper trapezius (2 points), right levator scapulae (1), right rhomboid major (1)" =
        4). At least two counts, in a trigger point sentence or line; None otherwise."""
        spans = [(s, e)]
        if note_wide and "\n" in self.text:
            spans += [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", self.text)
                      if not (m.start() < e and s < m.end())]
        for a, b in spans:
            if not _POINTS_WORD.search(self.text, a, b):
                continue
            counts = [int(m.group("a") or m.group("b")) for m in _MUSCLE_COUNT.finditer(self.text, a, b)]
            if len(counts) >= 2 and 2 <= sum(counts) <= _MAX_SITE_COUNT:
                return sum(counts)
        return None

    def _restated_amount(self, n: int, s: int, paren: int) -> bool:
        """Whether a unitless "(N total)" after a per-site amount restates the whole AMOUNT, not a count of sites:
        "Depo-Medrol 40 mg/side (80 total)" is 80 mg over the two sides, not 80 sites. It is an amount when N is
        a per-site amount of the sentence times the procedure's sites (levels x sides), or when N is more than
        any count of sites one session treats (`_MAX_SITE_COUNT`) and a whole multiple of such an amount."""
        sites = self.units * self.sides
        for q in self._quantities(s, paren):
            if q.kind not in ("mass", "volume") or q.value <= 0 or q.paren:
                continue
            if abs(q.value * sites - n) < 1e-6 and sites > 1:
                return True
            if n > _MAX_SITE_COUNT and abs(n / q.value - round(n / q.value)) < 1e-6:
                return True
        return False

    def _bare_steroid_doses(self, spans: list[Span], qtys: list[Qty]) -> list[Qty]:
        """Shorthand that writes a steroid's dose without its unit ("dex 10", "Depo-Medrol 80 and 3 cc 1% lido"):
        the number right after the name is milligrams. Not after a brand that names its strength ("Kenalog 40",
        whose number is the mg/mL), nor when a unit, a slash or another amount follows the number. A lone number
        right BEFORE the name is milligrams too ("10 dex", "80 Depo"), or, after a volume, the strength ("1 cc 40
        Depo-Medrol" = 1 mL of 40 mg/mL, as "Kenalog 40 1 mL")."""
        out: list[Qty] = []
        dosed: set[int] = set()
        for d in spans:
            if d._.meta.get("role") == "steroid" and d._.meta.get("strength_mg_ml"):
                q = self._strength_brand_dose(d, spans, qtys)
                if q is not None:
                    out.append(q)
                    dosed.add(d.start_char)
                continue
            role = d._.meta.get("role")
            if role not in ("steroid", "nsaid"):
                continue
            x = (_BARE_STEROID_DOSE if role == "steroid" else _BARE_NSAID_DOSE).match(self.text, d.end_char)
            if x is None or any(q.start < x.end("num") and x.start("num") < q.end for q in qtys) or (
                    self.text.startswith("/", x.end("num"))
                    and not any(o.start_char == x.end("num") + 1 for o in spans)):
                continue
            out.append(Qty(x.start("num"), x.end("num"), "mass", float(x.group("num")), "mg", x.group("num")))
            dosed.add(d.start_char)
        for d in spans:
            if d._.meta.get("role") != "steroid" or d.start_char in dosed:
                continue
            ls = max(self.ctx.idx.line_at(d.start_char)[0], d.start_char - 20)
            x = _BARE_STEROID_BEFORE.search(self.text, ls, d.start_char)
            value = _spoken(x.group("num")) if x is not None else None
            if value is None or not 0 < value <= 200 or _COUNT_BEFORE.search(self.text, ls, x.start()) \
                    or any(q.start < x.end("num") and x.start("num") < q.end for q in qtys) \
                    or any(q.kind in ("mass", "conc") and q.start >= d.end_char
                           and not self.text[d.end_char:q.start].strip(" \t:(") for q in qtys):
                continue  # "x 2 Kenalog 80 mg": a count, and the amount after the name
            if _VOLUME_BEFORE_NUMBER.search(self.text, max(0, x.start("num") - 16), x.start("num")):
                out.append(Qty(x.start("num"), x.end("num"), "conc", value, "mg", x.group("num") + " mg/mL"))
            elif not d._.meta.get("strength_mg_ml"):
                out.append(Qty(x.start("num"), x.end("num"), "mass", value, "mg", x.group("num")))
        return out

    def _strength_brand_dose(self, d: Span, spans: list[Span], qtys: list[Qty]) -> Qty | None:
        """The number of a strength brand as its dose in shorthand ("Kenalog 40 + 5 mL 0.25% bupi" = 40 mg): written
        with a space (not "Kenalog-40"), no amount before the name in its clause ("2 mL Kenalog 40 + ...", "1 mL each of
        Kenalog 40 and ..." are volumes of 40 mg/mL; "Omnipaque 300 3 mL; Kenalog 40 + ..." is not), no mixture in the sentence ("a
        1:1 mixture of Kenalog 40 and ..."), and joined ('+', '&', ';', 'and', 'with', 'plus') straight to the next drug
        and its amounts, so that no amount after the name is its own ("Kenalog 40, 1 mL" stays 1 mL of 40 mg/mL)."""
        x = _STRENGTH_NUMBER.search(d.text)
        j = _JOINED_NEXT.match(self.text, d.end_char) if x else None
        last = x is not None and _LIST_END.match(self.text, d.end_char) is not None
        if not last and (j is None or j.end() == d.end_char):
            return None
        s, e = self.ctx.idx.sentence_at(d.start_char)
        since = max(s, *(self.text.rfind(c, s, d.start_char) + 1 for c in ";,|:+\n"))  # the name's own clause
        if any(since <= q.start < d.start_char for q in qtys) or self.p["solution_cue"].search(self.text, s, e) \
                or _RATIO_MIX.search(self.text, s, e):
            return None
        if last:
            # the last item of a shorthand list, nothing after it on the line ("22g R L4-5 foramen, Omnipaque 240 1cc,
            # Kenalog 40."; round 17, fch-h-tfesi-03): after a comma-listed amount of another drug only
            if not any(q.end <= d.start_char and q.kind in ("mass", "volume") for q in qtys) \
                    or self.text[since - 1:since] != ",":
                return None
            start = d.start_char + x.start("num")
            return Qty(start, start + len(x.group("num")), "mass", float(x.group("num")), "mg", x.group("num"))
        nxt = next((o for o in spans if o.start_char >= j.end()), None)
        if (nxt is None or not _GAP_OK.match(self.text[j.end():nxt.start_char])
                or "\n" in self.text[j.end():nxt.start_char]) and not _DILUENT_NEXT.match(self.text, j.end()):
            return None  # (joined to the diluent instead, "Kenalog 40 + NSS 2cc", is the same shorthand; round 17)
        start = d.start_char + x.start("num")
        return Qty(start, start + len(x.group("num")), "mass", float(x.group("num")), "mg", x.group("num"))

    def _lateral_branches(self, s: int, e: int) -> int | None:
        """The lateral branches listed in the drug's sentence or the one before ('the S1, S2 and S3 lateral branches',
        'lateral to the S1-S3 foramina'; round 20, gap20), for an amount 'per lateral branch' (a second amount of the
        sentence, 'and 1 mL at the dorsal ramus', is not yet read as one site: open)."""
        ps = self.ctx.idx.sentence_at(s - 1)[0] if s > 0 else s
        named = {x for g in self.ctx.m.levels if ps <= g.start < e and (g.head == "lateral_branch" or (
                 g.head in ("root", None) and _LATERAL_TO.search(self.text, max(ps, g.start - 30), g.start)))
                 for v in g.items for x in v if x.startswith("S")}
        return len(named) or None

    def _nerves_listed_before(self, s: int, e: int) -> int | None:
        """The nerves listed in the sentence right before a drug sentence that names no level of its own and no
        procedure of its own ("22g to R L4 MB + R L5 DR. 2% lido 0.5 mL each.", "Probes at the right L5 dorsal ramus and
        lateral to the S1, S2 and S3 foramina. Each site received 2 mL ..."), else None."""
        if s <= 0 or self._own_plan or any(s <= g.start < e for g in self.ctx.m.levels):
            return None
        ps, pe = self.ctx.idx.sentence_at(s - 1)
        return self._listed_nerves(ps, min(pe, s)) if ps < s else None

    def _listed_nerves(self, s: int, e: int) -> int | None:
        """Sites of a bare trailing "each" whose sentence lists the nerves one by one: the nerves written there
        ("R C5, C6, C7 MB; 0.3 mL 0.5% bupi each" = 3), times two when that sentence is bilateral (or names no side
        of a bilateral procedure). The list, not the note's first procedure, says how many: a second procedure of
        the session ("TFESI ...; then the L3, L4 MB and L5 DR, 0.5 mL at each") has nerves of its own. None when
        the sentence lists no single nerves."""
        ss, se = self.ctx.idx.sentence_at(s)
        ss, se = min(ss, s), max(se, e)
        groups = [g for g in self.ctx.m.levels if ss <= g.start < e and g.head in _NERVE_HEADS
                  and all(len(v) == 1 for v in g.items)]  # "C5-6, C6-7 MBB" names joints, not nerves
        # the sacral foramina a lateral branch lesion is placed beside ('lateral to the right S1, S2 and S3 foramina',
        # 'lateral to the S1-S3 foramina'): one site each (round 20, gap20)
        sacral = [g for g in self.ctx.m.levels if ss <= g.start < e and g.head in ("root", None)
                  and _LATERAL_TO.search(self.text, max(ss, g.start - 30), g.start)
                  and all(x.startswith("S") for v in g.items for x in v)]
        # named nerves of a sentence repeating the technique at the others ('The same was repeated for the superolateral
        # and inferomedial genicular nerves, with 1.5 mL ... at each': 2), at least two (round 20, pub20c)
        named = {x._.meta.get("nerve") for x in self.ctx.spans("NERVE") if ss <= x.start_char < e}
        named = named if len(named) > 1 else set()
        if not groups and not sacral and not named:
            return None
        count = sum(len(g.items) for g in groups) + len({x for g in sacral for v in g.items for x in v}) + len(named)
        sides = {x.side for x in self.ctx.m.sides if ss <= x.start < se and not x.symptom}
        if "bilateral" in sides or {"left", "right"} <= sides:
            return count * 2
        if sides & {"left", "right"}:  # one side named, "... then repeated on the left" doubles it
            return count * (2 if self.sides == 2 and cue("repeat_contralateral").search(self.text, se) else 1)
        return count * self.sides

    def _each_label_start(self, s: int) -> int:
        """Where a per-site label closing the line before a sentence starts ("Each side:" + newline + "0.5%
        bupivacaine 1.5 mL + Kenalog 10 mg."), so the label counts the sites of the amounts after it; else `s`."""
        if s == 0:
            return s
        m = _EACH_LABEL.search(self.text, max(0, s - 40), s)
        return m.start() if m else s

    def _one_side_then_repeated(self, s: int, e: int) -> bool:
        """"... the left L4-5 foramen; 1 mL of Kenalog-40 was injected. The same procedure was repeated on the
        contralateral side": amounts written for one named side, before the repeat, were given on each side."""
        if self.sides != 2 or self.units != 1:
            return False
        m = cue("repeat_contralateral").search(self.text, e)
        if m is None:
            return False
        sides = {x.side for x in self.ctx.m.sides if s <= x.start < e and not x.symptom}
        if not sides and self._next_sentence_holds(e, m.start()):
            sides = self._sides_just_before(s)  # round 21 (gap21): the side told by the technique right before
        return len(sides) == 1 and sides <= {"left", "right"}

    def _next_sentence(self, e: int) -> tuple[int, int] | None:
        """The sentence right after the one ending at `e` (past white space), None at the note's end."""
        ns = e
        while ns < len(self.text) and self.text[ns] in " \t\r\n":
            ns += 1
        return self.ctx.idx.sentence_at(ns) if ns < len(self.text) else None

    def _next_sentence_holds(self, e: int, at: int) -> bool:
        """Whether position `at` lies in the sentence right after the one ending at `e`."""
        nxt = self._next_sentence(e)
        return nxt is not None and nxt[0] <= at < nxt[1]

    def _sides_just_before(self, s: int, count: int = 3) -> set[str]:
        """The sides (not a symptom's) named in the few sentences of the paragraph right before the one starting at
        `s` ('... below the right L5 pedicle ... . I then injected 1 mL of Celestone with 1 mL of 1% lidocaine. The
        procedure was then repeated on the contralateral side'): the side the drug's sentence, naming none, was given
        on; the caller asks for that one side and the repeat right after the drug's sentence."""
        lo = s
        for _ in range(count):
            if lo <= 0:
                break
            ps, _pe = self.ctx.idx.sentence_at(lo - 1)
            if ps >= lo or _PARAGRAPH_BREAK.search(self.text, ps, lo):
                break
            lo = ps
        return {x.side for x in self.ctx.m.sides if lo <= x.start < s and not x.symptom}

    def _negation_ended(self, d: Span) -> bool:
        """A negation written before a comma or "and" does not reach a dosed drug of the next clause ("No IV uptake,
        dex 10 mg injected"; "without vascular pattern and Depo-Medrol 40 mg was injected"): the drug's own clause
        carries an amount and no negating word, so the negation ConText found belongs to the clause before."""
        s, e = self.ctx.idx.sentence_at(d.start_char)
        starts = [x.end() for x in _CLAUSE_BREAK_BEFORE.finditer(self.text, s, d.start_char)]
        if not starts:
            return False  # the negation is in the drug's own clause
        stop = _CLAUSE_BREAK.search(self.text, d.end_char, e)
        clause = self.text[starts[-1]:stop.start() if stop else e]
        if _NEGATING.search(clause):
            return False
        # (also a dictated amount in words before an abbreviated unit: "no vascular flow, dexamethasone ten mg")
        if self._holds_amount(clause):
            return True
        if stop is None:
            return False
        # the amount set off by commas right after the drug ("no motor response at 2 V. 1% lidocaine, 1 mL, at each
        # site"; round 19, r2b, fdl-rfa-02)
        nxt = _CLAUSE_BREAK.search(self.text, stop.end(), e)
        after = self.text[stop.end():nxt.start() if nxt else e]
        return not _NEGATING.search(after) and self._holds_amount(after)

    def _holds_amount(self, clause: str) -> bool:
        """A mass or volume written in `clause`, in digits or dictated words."""
        return bool(self.p["mass"].search(clause) or self.p["volume"].search(clause) or _WORD_MG.search(clause))

    def _test_dose_result(self, d: Span) -> bool:
        """A drug given as a test dose whose result is 'negative' ("A 3 mL test dose of 1.5% lidocaine with epinephrine
        was negative", "test dose (lidocaine 1%, 1 mL) negative for intravascular spread"): the word tells the test's
        result, not that the drug was not given. Only where nothing else in the sentence negates."""
        s, e = self.ctx.idx.sentence_at(d.start_char)
        return bool(_TEST_DOSE_WORD.search(self.text, s, e)) and not _OTHER_NEGATION.search(self.text, s, e)

    def _ticked_yes_before(self, d: Span) -> bool:
        """The drug's line holds a checkbox pair answered Yes before it ("Contrast: [X] Yes  [ ] No   Agent:
        Omnipaque 300, 1.5 mL"): the unticked "No" is an option not chosen, so it does not negate the drug."""
        ls, _ = self.ctx.idx.line_at(d.start_char)
        return bool(_TICKED_YES_UNTICKED_NO.search(self.text, ls, d.start_char))

    def _contrast_image(self, d: Span) -> bool:
        """A contrast agent that "gave an arthrogram" / "provided good spread" (even across a line break): the
        image it made today, not an earlier result."""
        if d._.meta.get("role") != "contrast":
            return False
        _, e = self.ctx.idx.sentence_at(d.start_char)
        return bool(_CONTRAST_IMAGE.match(self.text, d.end_char, e))

    def _imaging_study_agent(self, d: Span) -> bool:
        """A contrast agent named as part of a diagnostic study ("MRI with gadolinium showed ...", "a
        gadolinium-enhanced MRI", "CT with and without IV contrast"): the study's, not today's injectate (round 18,
        fda-h-caudal-01)."""
        if d._.meta.get("role") != "contrast":
            return False
        return bool(_STUDY_BEFORE_AGENT.search(self.text, max(0, d.start_char - 40), d.start_char)
                    or _ENHANCED_AFTER_AGENT.match(self.text, d.end_char))

    def _sentence_of(self, char: int, end: int | None = None) -> tuple[int, int]:
        """The sentence of a drug word, joined to the line before when a wrapped line split it from its
        amount ("...a superolateral approach: 40 mg" / "Kenalog with 3 mL 1% lidocaine"): the line before
        ends on a dose without closing punctuation and the drug word opens its line. A name (ending at `end`) that
        closes its sentence with no punctuation joins the next line ("Celestone" + newline + "Soluspan 6 mg ...")."""
        s, e = self.ctx.idx.sentence_at(char)
        if end is not None and e < len(self.text):
            wrap = _NAME_ENDS_LINE.match(self.text, end)
            if wrap is not None and wrap.end() >= e:
                e = self.ctx.idx.sentence_at(wrap.end())[1]
        if e < len(self.text) and "\n" in self.text[e - 1:e + 2] and (
                _OPEN_END.search(self.text, s, e) or self.text[s:e].rstrip()[-1:] not in ".;:!?"):
            ns, ne = self.ctx.idx.sentence_at(min(len(self.text) - 1, e + 1))
            head = self.text[ns:ne].lstrip()[:1]
            # "lidocaine 0.5 mL at" + "each of ..."; "... 2 mL injected at each point" + "(4 mL total) with ..."; a
            # stray blank line inside a sentence ("1 mL of" + blank line + "0.25% Marcaine"), which the splitter
            # takes for a paragraph end
            if ns >= e - 1 and ((head.islower() or head.isdigit() or head == ".") and _OPEN_END.search(self.text, s, e)
                                or head == "(" or self._blank_split(s, e, head)):
                s, e = s, ne
        if s == 0 or "\n" not in self.text[max(0, s - 80):s].rstrip(" \t")[-2:]:  # an indented wrap too
            return s, e
        if self.text[s:char].strip() and not _CONTINUED.match(self.text, s, char):
            head = self.text[s:s + 1]
            if head.isdigit() or head == "." or head.islower():  # "... with 1 mL of" + blank line + "0.25% ..."
                ps, _ = self.ctx.idx.sentence_at(s - 1)
                if ps < s and (self._blank_split(ps, s, head)
                               or not head.islower() and _OPEN_END.search(self.text, ps, s)):
                    return ps, e
            return s, e
        ps, _ = self.ctx.idx.sentence_at(s - 1)
        before = self.text[ps:s].rstrip()
        if _WRAPPED_DOSE.search(before) or _CONTINUED.match(self.text, s, char) \
                or ps < s and self._blank_split(ps, s, self.text[s:s + 1]):
            return ps, e  # "... 2 mL 0.5% bupivacaine" / "+ 0.5 mL Depo-Medrol 40 mg/mL each side"
        if _WRAPPED_VERB.search(before) or (_WRAPPED_STRENGTH.search(before) and self._strength_dangles(ps, s)):
            return ps, e  # "... and 2 mL 0.25 %" + "Marcaine was drawn up"; "Each joint then received" + "Kenalog"
        return s, e

    def _blank_split(self, s: int, e: int, head: str) -> bool:
        """Whether a stray blank line split a sentence at e: the text s..e closes on that blank line with no closing
        punctuation, and the next line goes on with it - the text closes on an open word ("Administered 6 mg of" +
        blank line + "Celestone Soluspan"), the line opens in lower case ("Each foramen" + blank line +
        "received triamcinolone 20 mg"; "(0.25 mL" + blank line + "of 40 mg/mL) was injected at each ..."), or with a
        number after an open word, an amount or a comma ("1 mL of" / "0.5 mL" + blank line + "0.5% bupivacaine each",
        "Omnipaque 300," + blank line + "2 mL, showed epidural flow")."""
        if not _BLANK_LINE_END.search(self.text, s, e):
            return False
        body = self.text[s:e].rstrip()
        if not body or body[-1] in ".;:!?":
            return False
        if head.islower() or _OPEN_END.search(body):  # "Administered 6 mg of" + blank line + "Celestone Soluspan"
            return True
        return (head.isdigit() or head == ".") and (body[-1] == "," or bool(_OPEN_END.search(body)
                                                                            or _WRAPPED_DOSE.search(body)))

    def _strength_dangles(self, ps: int, s: int) -> bool:
        """Whether a strength closing the line [ps, s) waits for its drug on the next line: no drug named on that line,
        or a new component started after its last drug ("Kenalog 40mg/ml and 2 mL 0.25 %"), not "lidocaine 1%"."""
        last = max((d.end_char for d in self.ctx.spans("DRUG") if ps <= d.start_char < s), default=None)
        return last is None or bool(_NEW_COMPONENT.search(self.text, last, s))

    def _sedated_by_other(self, d: Span) -> bool:
        """Whether a sedative was given by a separate anaesthesia provider, so it is on the anaesthesia record and claim
        and not ours (corpora/README.md `drugs[]`): told in its own sentence ("MAC by the CRNA with midazolam 2 mg",
        "the CRNA administered midazolam", "midazolam 2 mg per anesthesia"), or in an earlier sentence of the same
        anaesthesia/sedation field ("ANESTHESIA: Monitored anesthesia care by the CRNA because ... . Midazolam 2 mg and
        fentanyl 100 mcg IV."), where the nearest statement of who sedated wins ("Moderate sedation by me" keeps it)."""
        ctx, text = self.ctx, self.text
        s, e = ctx.idx.sentence_at(d.start_char)
        other, own, by_other = cue("sedative_by_other_provider"), cue("sedation_by_self"), cue("sedation_by_other")
        if by_other.search(text, s, e):
            return True
        if own.search(text, s, e):
            return False
        if other.search(text, s, e):
            return True
        for f in ctx.idx.sections:
            if f.category not in _SEDATION_FIELDS or f.start > s:
                continue
            sents = field_sentences(ctx, f)
            if (s, e) not in sents:
                continue
            for ps, pe in [*reversed(sents[:sents.index((s, e))]), (f.start, f.body_start)]:
                if own.search(text, ps, pe):
                    return False
                if by_other.search(text, ps, pe) or other.search(text, ps, pe):
                    return True
            break
        return self._note_sedated_by_other()

    def _note_sedated_by_other(self) -> bool:
        """Whether the note's anaesthesia/sedation field gives the sedation to a separate provider ("ANESTHESIA: MAC by
        the CRNA.") and nothing in the note gives any to the proceduralist: then a sedative listed elsewhere
        ("MEDICATIONS: Midazolam 2 mg IV, fentanyl 50 mcg IV, ...") is that provider's too."""
        if self._by_other_note is None:
            ctx, text = self.ctx, self.text
            other, by_other = cue("sedative_by_other_provider"), cue("sedation_by_other")
            said = any(by_other.search(text, s, e) or other.search(text, s, e)
                       for f in ctx.idx.sections if f.category in _SEDATION_FIELDS
                       for s, e in [(f.start, f.body_start), *field_sentences(ctx, f)])
            self._by_other_note = said and not note_cue("sedation_by_self").search(text)
        return self._by_other_note

    def _mentions(self) -> list[DrugMention]:
        ctx = self.ctx
        drugs = [d for d in ctx.spans("DRUG") if not ((d._.is_negated and not self._negation_ended(d)
                                                     and not self._ticked_yes_before(d) and not self._test_dose_result(d))
                                                    or d._.is_hypothetical or d._.is_family
                                                    or (d._.is_historical and not self._contrast_image(d)))]
        drugs = [d for d in drugs if not self._general_practice(d)]  # a background's or protocol's dose (pub22)
        drugs = [d for d in drugs if (ctx.idx.category_at(d.start_char) not in NOT_PERFORMED_SECTIONS
                                      or self._guidance_field(d))
                 and not self._past_treatment(d) and not self._own_regimen(d) and not self._imaging_study_agent(d)
                 and not self._class_in_advice(d) and not self._risk_named(d) and not self._withheld_later(d) and not self._only_discussed(d)
                 and not self._earlier_procedure_dose(d) and not self._earlier_time_dose(d) and not self._offer_declined(d)
                 and not self._row_not_given(d) and not self._in_query(d)]
        carried = carried_spans(ctx)
        if carried:  # '[Copied from 2026-07-20: "Morphine 20 mg/mL, 18 mL placed"]': the earlier visit's dose
            drugs = [d for d in drugs if not any(s <= d.start_char < e for s, e in carried)]
        # read with the rest (their amounts are theirs: "Midazolam 2 mg IV, dexamethasone 10 mg"), listed as not ours
        not_ours = {(d.start_char, d.end_char) for d in drugs
                    if d._.meta.get("role") == "sedative" and self._sedated_by_other(d)}
        joined: dict[tuple[int, int], tuple[int, int]] = {}  # a wrapped line joined to the line before
        for d in drugs:
            own, whole = ctx.idx.sentence_at(d.start_char), self._sentence_of(d.start_char, d.end_char)
            if own != whole:
                joined[own] = whole
        # a chain of wrapped lines ("1 mL of 40 mg/mL" + "Kenalog and 4 mL of 1%" + "Xylocaine."): one sentence
        for own, whole in list(joined.items()):
            chain = [v for v in joined.values() if v[0] < whole[1] and whole[0] < v[1]]
            joined[own] = (min(v[0] for v in chain), max(v[1] for v in chain))
        by_sentence: dict[tuple[int, int], list[Span]] = {}
        for d in drugs:
            s, e = ctx.idx.sentence_at(d.start_char)
            key = joined.get((s, e)) or next((v for v in joined.values() if v[0] <= s and e <= v[1]), (s, e))
            by_sentence.setdefault(key, []).append(d)
        out: list[DrugMention] = []
        for (s, e), spans in by_sentence.items():
            spans = self._one_per_generic(spans)
            qtys = self._quantities(s, e)
            qtys = sorted(qtys + self._bare_steroid_doses(spans, qtys), key=lambda q: q.start)
            qtys = [q for i, q in enumerate(qtys) if not (
                q.kind == "mass" and q.unit == "units" and not q.paren and _VIAL_SIZE_AFTER.match(self.text, q.end)
                and any(x.kind == "mass" and x.unit == "units" and not x.paren for x in qtys[i + 1:]))]
            mentions = [
                DrugMention(span=d, generic=d._.meta["generic"], role=d._.meta.get("role"), written=d.text,
                            section=ctx.idx.category_at(d.start_char), evidence=[ctx.span_ev(d)])
                for d in spans
            ]
            solution_volumes: list[Qty] = []
            each_of = [q for q in qtys if q.kind == "volume" and _EACH_OF_AFTER.match(self.text, q.end)]
            is_solution = bool(self.p["solution_cue"].search(self.text, s, e) or self.sides == 2 and _PER_SIDE_MIXTURE.search(
                self.text, s, e)) and len(mentions) > 1  # (also "a separate syringe for each knee with ...")
            last_drug_end = max(m.span.end_char for m in mentions)
            lead = self._leading_total(qtys, mentions, s)
            if lead is not None:  # "5 cc total: 2 cc Kenalog 40 + 3 cc 1% lidocaine; 2.5 cc at each level"
                lead.kind, is_solution = "solution_volume", True
            first_drug = min(m.span.start_char for m in mentions)
            for q in qtys:
                if self._in_joined_row(q, last_drug_end):
                    continue  # "... was injected as follows:" + "L3-4  0.5 mL" joined: the list's first row (dose22b)
                if q.kind == "volume" and is_solution and not q.paren and q.end <= first_drug \
                        and self.p["per_site"].search(self.text, q.end, first_drug) \
                        and self.p["solution_cue"].search(self.text, q.end, first_drug):
                    q.kind = "solution_volume"  # "1 mL was placed at each nerve from a mixture made of ..." (round 18b)
                if q.kind == "volume" and is_solution and q.start >= last_drug_end \
                        and _INJECTED_AFTER.search(self.text, last_drug_end, q.start):
                    q.kind = "solution_volume"  # "...was prepared; 1 mL was injected at each level"
                if q.kind == "volume" and (lead is not None or is_solution and all(
                        m.volume is not None or m.mass is not None for m in mentions if m.role != "contrast")) \
                        and q.start >= last_drug_end and re.search(r"[,;]", self.text[last_drug_end:q.start]) \
                        and self.p["per_site"].search(self.text, q.end, min(e, q.end + 25)):
                    # "Total 4 mL: 2 mL Kenalog 40 + 2 mL 1% lidocaine, 2 mL at each level"; "Injectate prepared as
                    # Kenalog-40 1 mL + Marcaine 0.5% 1 mL, 1 mL per site x 2 sites": each part has its amount already
                    q.kind = "solution_volume"
                if q.kind == "volume" and not is_solution and lead is None and not q.paren and len(mentions) > 1 \
                        and q.start >= last_drug_end and re.search(r"[,;]", self.text[last_drug_end:q.start]) \
                        and self.p["per_site"].search(self.text, q.end, min(e, q.end + 25)):
                    share = self._per_site_share_of_parts(mentions, q, s, e)
                    if share == "restated":
                        continue  # "Kenalog-40 0.5 mL + 0.5% Marcaine 0.5 mL, 1 mL per site": the parts' sum, per site
                    if share == "share":  # "Kenalog-40 1 mL + 0.5% Marcaine 1 mL; 1 mL per level" at two levels
                        q.kind, is_solution = "solution_volume", True
                if q.kind == "volume" and len(mentions) > 1 and q.start >= last_drug_end and not q.paren \
                        and (_TOTAL_BEFORE.search(self.text, max(s, q.start - 25), q.start) or is_solution and abs(
                            q.value - sum(m.volume or 0.0 for m in mentions if m.role != "contrast")) < 1e-6
                             and self._whole_told(q, s)):
                    q.kind = "solution_volume"  # "10 mg dexamethasone + 2 ml 1% lidocaine, total 3 ml": the whole
                if q.kind == "solution_volume":
                    solution_volumes.append(q)
                    continue
                owner = self._owner(q, mentions)
                if owner is not None and owner.role == "contrast" and q.start >= self._check_clause_end(s, e) > s:
                    owner = next((m for m in reversed(mentions) if m.role != "contrast" and m.span.end_char <= q.start),
                                 None)  # 'After Omnipaque 180 confirmed flow, L3-4 0.5 mL, ...': not the contrast's
                if owner is None:
                    continue
                owner.evidence.append(ctx.ev(q.start, q.end))
                owner.bare = False
                if q.paren or (q.kind == "volume" and owner.volume is not None and _TOTAL_AFTER.match(self.text, q.end)):
                    owner.fallback.append(q)  # a restatement: used only when nothing else gave an amount
                    continue
                if q.kind == "conc":
                    if owner.conc_value is None:
                        owner.conc_value, owner.conc_unit, owner.conc_text = q.value, q.unit, q.text.strip()
                        owner.conc_start, owner.conc_end = q.start, q.end
                elif q.kind == "mass":
                    if (owner.masses or owner.volumes) and self._running_total(q.start, s) \
                            or self._sum_told_after(owner, q, e):
                        continue  # "Ketorolac 30 mg went into the left trapezius, for a total of 60 mg": the session's
                    owner.masses.append(q.value)
                    owner.mass_ends.append(q.end)
                    owner.mass = (owner.mass or 0.0) + q.value if owner.mass_unit in (None, q.unit) else owner.mass
                    owner.mass_unit = owner.mass_unit or q.unit
                else:
                    owner.volumes.append(q.value)
                    owner.volume_ends.append(q.end)
                    owner.volume = (owner.volume or 0.0) + q.value
                    owner.vial_ml = self._vial_sizes.get(q.end, owner.vial_ml)
            for q in each_of:  # "1 mL each of Kenalog 40 and 0.5% bupivacaine": the later drugs take it too
                later = [m for m in mentions if m.span.start_char > q.end and m.role != "contrast"]
                nxt = next((x.start for x in qtys if x.start > q.end and x.kind in ("volume", "mass")), e)
                for mnt in later:
                    if mnt.span.start_char < nxt and mnt.volume is None and mnt.mass is None:
                        mnt.volume, mnt.bare = q.value, False
            for mnt in mentions:
                self._whole_before_parts(mnt, s)
            self._use_plan(s, e)
            per_site, sites = self._sites(self._each_label_start(s), e)
            sentence = self.text[s:e]
            first = min(m.span.start_char for m in mentions)
            if _OTHER_SIDE.search(self.text, s, first) and _REPEAT_WORDING.search(self.text, s, first):
                for mnt in mentions:  # "Identical technique on the right side (2 mL of 1% lidocaine to skin, ...)"
                    mnt.repeat = True
            container = _container(self.text, s, e)
            discarded, remainder, discarded_ml = self._discard(s, e)
            tabled = "|" in sentence or "\t" in sentence
            rm = _ROUTE.search(sentence)
            for mnt in mentions:
                if mnt.role == "contrast":
                    m = self.p["contrast_strength"].search(self.text, mnt.span.start_char, min(e, mnt.span.end_char + 8))
                    if m:
                        mnt.strength = float(m.group("s"))
                mnt.container = container
                mnt.discarded, mnt.remainder_discarded, mnt.discarded_ml = discarded, remainder, discarded_ml
                mnt.discard_sentence = s if discarded is not None else None
                mnt.vial_account = container is not None and (discarded is not None or remainder)
                if discarded is None and tabled:  # a table row: its waste column, if the header has one
                    cell = self._waste_cell(mnt.span.start_char)
                    if cell is not None:
                        mnt.discarded, mnt.discarded_ml = cell
                if rm:
                    mnt.route = rm.group(1).lower()
            self._solution(mentions, solution_volumes, per_site, sites, s, e, mixed=is_solution)
            for mnt in mentions:  # parenthetical amounts only when nothing else gave one
                if mnt.mass is None and mnt.volume is None and mnt.conc_value is not None:
                    paren_volume = next((q for q in mnt.fallback if q.kind == "volume"), None)
                    paren_mass = next((q for q in mnt.fallback if q.kind == "mass"), None)
                    if paren_volume is not None:  # "Triamcinolone 40 mg/mL (1 mL)": the strength's volume, bracketed
                        mnt.volume = paren_volume.value
                    elif paren_mass is not None:  # "Kenalog 40 mg/mL (40 mg total)": the amount, bracketed
                        mnt.mass, mnt.mass_unit = paren_mass.value, paren_mass.unit
                        mnt.paren_each = bool(_PAREN_EACH.match(self.text, paren_mass.end))
                if mnt.mass is None and mnt.conc_value is None and mnt.volume is not None:
                    paren_mass = next((q for q in mnt.fallback if q.kind == "mass"), None)
                    paren_conc = next((q for q in mnt.fallback if q.kind == "conc"), None)
                    if paren_mass is not None:  # "1 mL (40 mg) Kenalog": the volume's amount, in parentheses
                        mnt.mass, mnt.mass_unit = paren_mass.value, paren_mass.unit
                    elif paren_conc is not None:  # "morphine (25 mg/mL); volume 20 mL": the volume's strength, bracketed
                        mnt.conc_value, mnt.conc_unit, mnt.conc_text = \
                            paren_conc.value, paren_conc.unit, paren_conc.text.strip()
                if mnt.mass is None and mnt.volume is None and mnt.conc_value is None:
                    for q in mnt.fallback:
                        if q.kind == "conc" and mnt.conc_value is None:
                            mnt.conc_value, mnt.conc_unit, mnt.conc_text = q.value, q.unit, q.text.strip()
                        elif q.kind == "mass" and mnt.mass is None:
                            mnt.mass, mnt.mass_unit = q.value, q.unit
                            mnt.paren_each = bool(_PAREN_EACH.match(self.text, q.end))
                        elif q.kind == "volume" and mnt.volume is None:
                            mnt.volume = q.value
            for mnt in mentions:  # "came from a single-dose 1 mL vial of 4 mg/mL": the vial's strength, no amount
                if mnt.mass is None and mnt.volume is None and mnt.conc_start is not None \
                        and _VIAL_BEFORE.search(self.text, max(s, mnt.conc_start - 25), mnt.conc_start):
                    mnt.vial_strength = True
            for mnt in mentions:  # "40 mg/1 mL" and nothing else: one unit dose
                if mnt.mass is None and mnt.volume is None and mnt.conc_text and _ONE_ML_DOSE.search(mnt.conc_text) \
                        and mnt.conc_unit in ("mg", "units"):
                    mnt.mass, mnt.mass_unit = mnt.conc_value, mnt.conc_unit
                    mnt.vial_strength = mnt.conc_end is not None and bool(_VIAL_AFTER.match(self.text, mnt.conc_end))
            for mnt in mentions:  # a brand that names its strength ("Kenalog-40 1 mL")
                strength = mnt.span._.meta.get("strength_mg_ml")
                if strength and mnt.conc_value is None and mnt.mass is None:
                    mnt.conc_value, mnt.conc_unit, mnt.conc_text = float(strength), "mg", f"{strength} mg/mL"
            shared = self._ratio_mixture(mentions, qtys, s, e)
            self._mixture_total(mentions, qtys)
            if per_site:
                mixed_before = solution_volumes[-1].start if solution_volumes else -1  # "2 mL of which ... at each"
                for mnt in mentions:
                    if mnt in shared:  # a ratio's share of the injected volume is given where that volume went: "A 1:1
                        mnt.per_site, mnt.sites = True, sites  # mixture ... was prepared, and 1 mL was injected at each"
                        continue
                    if self.sides == 2 and _SIDE_SUMMARY.search(self.text, max(s, mnt.span.start_char - 80),
                                                                 mnt.span.start_char):
                        mnt.per_site, mnt.sites, mnt.side_summary = True, 2, True  # "so each knee received 40 mg"
                        continue
                    if self._amounts_at_named_levels(mnt, e):
                        continue  # "40 mg ... at the L5-S1 foramen and 20 mg at the S1 foramen, each followed by ..."
                    if self._one_vial_each(mnt, sites):
                        continue  # "Two 1-mL vials of Kenalog-40 were used, one vial per knee": the vials are the whole
                    if mnt.solution_fraction is None and mnt.role != "sedative" and mnt.span.end_char > mixed_before \
                            and not _SYSTEMIC_ROUTE.match(self.text, mnt.span.end_char) \
                            and not self._sides_written_out(mnt) and self._in_per_site_scope(mnt, s, e):
                        mnt.per_site, mnt.sites = True, sites
                        if sites and sites > 2 and len(mnt.masses) >= 2 and self._per_side_only(s, e):
                            mnt.sites = 2  # "25 units into the trapezius, 20 units into ... on each side": the amounts
                            # name their muscles, the phrase only the sides (round 22, dose22)
                        if self._once_at_the_ramus(mnt, sites, s):
                            continue  # "1 mL per lateral branch and 1 mL at the dorsal ramus": one site's amount added
                        whole = next((q for q in mnt.fallback if q.kind == "volume"), None)
                        if whole and mnt.volume and whole.value > mnt.volume and len(mentions) == 1 \
                                and abs(whole.value / mnt.volume - round(whole.value / mnt.volume)) < 1e-6:
                            mnt.sites = round(whole.value / mnt.volume)  # "2 mL ... into each point (6 mL total)"
                        if sites and len(mnt.masses) == 2 and max(mnt.masses) == min(mnt.masses) * sites:
                            mnt.mass = min(mnt.masses)  # "Botox 200 units: 50 units to each of the 4 muscles"
                        if self._mass_is_whole_of_volume(mnt, sites):
                            mnt.mass, mnt.mass_unit = None, None  # "0.5 mL of 0.5% at each nerve, 5 mg in total"
                        if sites and sites > 1 and len(mnt.volumes) == 2 \
                                and abs(max(mnt.volumes) - min(mnt.volumes) * sites) < 1e-6:
                            mnt.volume = min(mnt.volumes)  # "Total 2 mL of 0.5% bupivacaine, 0.5 mL at each nerve",
                            # also the whole told last ("0.5 mL of 0.5% at each of the four sites, 2 mL altogether")
                        if sites and sites > 1 and len(mnt.masses) == 1 and mnt.volume and mnt.mass is not None \
                                and mnt.conc_value is None \
                                and self._total_follows(mnt.mass_ends[0]):
                            mnt.mass /= sites  # "1 mL (40 mg) at each foramen, 80 mg total": the one mass is the whole (a
                            # strength's mass that does not add up, '0.5 mL of 0.5% at each nerve, 4 mg in total', is left)
                    elif not mnt.per_site and sites and len(mnt.masses) == 2 \
                            and max(mnt.masses) == min(mnt.masses) * sites:
                        mnt.mass = max(mnt.masses)  # "Dexamethasone 10 mg total, 5 mg at each level": the whole
                    elif not mnt.per_site and sites and sites > 1 and len(mnt.volumes) == 2 \
                            and abs(max(mnt.volumes) - min(mnt.volumes) * sites) < 1e-6:
                        mnt.volume = max(mnt.volumes)  # "Total 2 mL of 0.5% bupivacaine, 0.5 mL at each nerve": the whole
            self._bracketed_shares(mentions, sites if per_site else None, s, e)
            self._bracketed_total(mentions)
            out.extend(mentions)
        self.units, self.sides, self.nerves, self.muscles = self._default_plan
        self._own_plan = False
        self._amount_rows_after(out)
        self._toxin_units_in_next_sentence(out)
        self._remainder_told_next(out)
        self._vial_told_after(out)
        self._pump_fill_fields(out)
        self._mixture_named_again(out)
        self._repeated_by_reference(out)
        self._each_side_written_apart(out)
        return [m for m in out if (m.span.start_char, m.span.end_char) not in not_ours]

    def _whole_before_parts(self, m: DrugMention, s: int) -> None:
        """A drug's total told first, its parts after it in the same sentence ('Total steroid dose 12 mg dexamethasone:
        6 mg at the right L4-5 foramen and 6 mg at the right L5-S1 foramen', 'Kenalog, 80 mg in all, 40 mg to each
        knee joint and 40 mg ...'; lexicon `drug_toxin_total`): the first amount is the whole when a total word stands by it and the later amounts
        (two or more) add up to it exactly; the parts are not added to it (round 22, dose22, d5-011)."""
        if len(m.masses) < 3 or abs(m.masses[0] - sum(m.masses[1:])) > 1e-6 or m.mass is None:
            return
        first_end = m.mass_ends[0]
        if _TOXIN_TOTAL.search(self.text, max(s, first_end - 45), min(first_end + 12, m.mass_ends[1])):
            m.mass = m.masses[0]

    def _per_side_only(self, s: int, e: int) -> bool:
        """Every per-site phrase of the sentence names the side ('on each side', 'per side'): with two or more amounts of
        one drug, each told at its own muscle or joint, the phrase doubles their sum, no more (round 22, dose22)."""
        found = list(self.p["per_site"].finditer(self.text, s, e))
        return bool(found) and all((m.group("what") or "").lower().startswith("side") and not m.group("n") for m in found)

    def _one_vial_each(self, m: DrugMention, sites: int | None) -> bool:
        """The drug's volume was told as a count of vials given, as many as the sites ("Two 1-mL single-dose vials of
        Kenalog-40 were used, one vial per knee"): the vials are the whole dose and the per-site phrase shares them out
        (round 21, dose21, d1-042)."""
        return bool(sites and sites > 1 and len(m.volume_ends) == 1 and self._vial_counts.get(m.volume_ends[0]) == sites)

    def _bracketed_shares(self, mentions: list[DrugMention], sites: int | None, s: int, e: int) -> None:
        """A drug whose only amount is each site's share in brackets ("Kenalog-40 ... was split evenly between the two
        joints (20 mg each)", "(20 mg per joint)"): the share times the sites, the count the division names ("between
        the two joints") or else the sentence's sites or the procedure's. A per-site phrase of the sentence that the
        division kept from the drug (`_in_per_site_scope`) does not keep its own bracketed "each"."""
        for m in mentions:
            if not m.paren_each or m.per_site or m.solution_fraction is not None:
                continue
            div = _DIVIDED_COUNT.search(self.text, s, e)
            n = div.group("n") if div else None
            count = _site_count(n) if n else None
            count = count or sites or self.units * self.sides
            if count and count > 1:
                m.per_site, m.sites = True, count

    def _bracketed_total(self, mentions: list[DrugMention]) -> None:
        """A total the author wrote in brackets after the drug's amounts ("dexamethasone 2 mg given on each side (4 mg in
        total)", "40 mg at L4-L5 and 20 mg at each of the other two levels (80 mg total)"): the author's sum is the
        dose, whatever the sites read elsewhere would multiply the amounts to (round 17, fcl-rfa-03, fci-tfesi-03).
        Only a bracket that holds one amount of the drug's own unit and a total word; a drug with no other amount
        already takes the bracket as its fallback."""
        if not mentions:
            return
        s, e = self.ctx.idx.sentence_at(mentions[0].span.start_char)
        mixed = len(mentions) > 1 and bool(self.p["solution_cue"].search(self.text, s, e))
        for m in mentions:
            if m.solution_fraction is not None:
                continue
            if m.mass is None and m.volume and m.conc_value is not None and not m.per_site \
                    and _EACH_WORD.search(self.text, m.span.start_char, self.ctx.idx.sentence_at(m.span.start_char)[1]):
                # "Bupi 0.5% 0.5cc each = 3cc total", "1.5 mL of 1% lidocaine per muscle, 6 mL total": the sites are
                # not counted, the whole volume is written (round 17, fch-mbb-01, fcn-tpi-02)
                whole = next((x for x in m.fallback if x.kind == "volume" and x.value > m.volume
                              and x.start > m.span.end_char and _TOTAL_AFTER.match(self.text, x.end)), None)
                if whole is not None and not _parts_make_whole(mentions, whole.value):
                    m.volume = whole.value
                    continue
            vol = next((x for x in m.fallback if x.kind == "volume" and m.volume and x.value > m.volume
                        and x.start > m.span.end_char and _BRACKET_TOTAL.match(self.text, x.end)),
                       None) if m.mass is None and not mixed else None  # (not a mixture's whole volume)
            if vol is not None:  # "each L1 pedicle ... 5 mL of 1% lidocaine (10 mL in all)" (fcf-h-kypho-01)
                m.volume, m.per_site, m.sites = vol.value, False, None
                continue
            unit = m.mass_unit if m.mass is not None else (m.conc_unit or "mg") if m.volume and m.conc_value else None
            if unit is None:
                continue
            q = next((x for x in m.fallback if x.kind == "mass" and x.unit == unit and x.start > m.span.start_char
                      and _BRACKET_TOTAL.match(self.text, x.end)), None)
            if q is not None:  # (also "2 mL of 0.5% bupivacaine (30 mg in total)" at three nerves)
                now = self._raw_dose(m)[0]
                if now is None or abs(now - q.value) > 1e-6:  # (the sites already read make it: keep the volumes)
                    volume = round(q.value / m.conc_value, 4) if m.mass is None and m.conc_value else None
                    m.mass, m.mass_unit, m.per_site, m.sites, m.volume = q.value, unit, False, None, volume
                continue
            if m.mass is None:
                continue
            # "Kenalog 40 mg (20 mg at each foramen)": the bracket gives each site's share of the amount before it,
            # which is the whole (round 17, fce-tfesi-02)
            share = next((x for x in m.fallback if x.kind == "mass" and x.unit == m.mass_unit
                          and _BRACKET_SHARE.match(self.text, x.end)), None)
            if share is not None and m.per_site and m.sites and len(m.masses) == 1 \
                    and abs(share.value * m.sites - m.mass) < 1e-6:
                m.per_site, m.sites = False, None

    def _each_side_written_apart(self, mentions: list[DrugMention]) -> None:
        """"On the right, 1 mL of 2% lidocaine ... at each of three targets. ... The left side was then treated in the
        same way at L3, L4 and L5, again with 1 mL of 2% lidocaine at each site": a bilateral session whose drug is
        dosed per site in a sentence for each side, each sentence naming that one side only: each sentence's sites are
        its own side's (3), not both sides' (6), which the two sentences would count twice."""
        if self.sides != 2 or self.units < 1:
            return
        by_generic: dict[str, list[tuple[DrugMention, str]]] = {}
        dosed_sides: set[str] = set()  # sides whose own sentence doses some drug at its sites (round 16)
        for m in mentions:
            s, e = self.ctx.idx.sentence_at(m.span.start_char)
            named = {x.side for x in self.ctx.m.sides if s <= x.start < e and not x.symptom}
            if not (len(named) == 1 and named <= {"left", "right"}):
                continue
            if m.per_site or m.solution_fraction is not None:
                dosed_sides |= named
            if m.per_site and m.sites == self.units * 2:
                by_generic.setdefault(m.generic, []).append((m, next(iter(named))))
        for group in by_generic.values():
            # the same drug on both sides, or a different injectate on each ("Right L4-5 and right L5-S1: Kenalog ... in
            # each joint." / "Left ...: a mixture of dexamethasone and lidocaine; 1 mL into each left joint.")
            if {side for _, side in group} == {"left", "right"} or dosed_sides == {"left", "right"}:
                for m, _ in group:
                    m.sites = self.units

    def _pump_fill_fields(self, mentions: list[DrugMention]) -> None:
        """A pump refill's drug named without the volume placed, the volume (and the strength) in fields or clauses
        around it: "Drug: morphine" + "Concentration: 25 mg/mL" + "Volume added: 20 mL", "MEDICATION: BACLOFEN 2000
        MCG/ML   VOLUME: 20 ML   RESIDUAL: 2.1 ML", "Reservoir filled with morphine (25 mg/mL); volume 20 mL". Only
        in a note about a pump or reservoir, from the drug's sentence to a few after it (or before it, for a volume
        field written first), never past another drug; a residual, withdrawn or expected volume is not the fill."""
        bare = [m for m in mentions if m.mass is None and m.volume is None and m.role != "contrast"
                and m.section not in NOT_PERFORMED_SECTIONS]
        if not bare or not _PUMP_NOTE.search(self.text):
            return
        bounds = self.ctx.idx.sent_bounds
        drugs = self.ctx.spans("DRUG")
        for m in bare:
            s, e = self.ctx.idx.sentence_at(m.span.start_char)
            i = bounds.index((s, e)) if (s, e) in bounds else None
            if i is None:
                continue
            window = [bounds[i]]
            for j in range(i + 1, min(len(bounds), i + 5)):
                if self.ctx.in_sentence(drugs, bounds[j][0]):
                    break
                window.append(bounds[j])
            for j in range(i - 1, max(-1, i - 4), -1):
                if self.ctx.in_sentence(drugs, bounds[j][0]):
                    break
                window.append(bounds[j])
            fill = conc = None
            for ws, we in window:
                start = m.span.end_char if ws == s else ws
                if fill is None:
                    fill = next((x for x in _FILL_VOLUME.finditer(self.text, start, we)
                                 if not _NOT_FILL_BEFORE.search(self.text, max(ws, x.start() - 25), x.start())), None)
                if conc is None and m.conc_value is None:
                    conc = next((q for q in self._quantities(start, we) if q.kind == "conc"), None)
            if fill is None:
                continue
            m.volume, m.bare = float(fill.group("v")), False
            m.evidence.append(self.ctx.ev(fill.start(), fill.end()))
            if conc is not None:
                m.conc_value, m.conc_unit, m.conc_text = conc.value, conc.unit, conc.text.strip()
                m.evidence.append(self.ctx.ev(conc.start, conc.end))
        self._pump_admixture(mentions)

    def _pump_admixture(self, mentions: list[DrugMention]) -> None:
        """"The reservoir was filled with 20 mL of hydromorphone 8 mg/mL with bupivacaine 5 mg/mL": the second drug of
        one admixture, given only its strength right after the first drug's, shares the first's volume (it was read
        with no amount). Only in a pump note (the caller's guard), only with nothing but a joining word between."""
        for prev, m in zip(mentions, mentions[1:]):
            if m.volume is not None or m.mass is not None or m.conc_value is None or prev.volume is None \
                    or prev.conc_value is None or m.role == "contrast" or prev.span.end_char >= m.span.start_char:
                continue
            if self.ctx.idx.sentence_at(prev.span.start_char) != self.ctx.idx.sentence_at(m.span.start_char):
                continue
            if _ADMIXTURE_GAP.fullmatch(self.text, prev.span.end_char, m.span.start_char):
                m.volume, m.bare = prev.volume, False

    def _amount_rows_after(self, mentions: list[DrugMention]) -> None:
        """A drug line with a strength and no amount, the amounts on the rows under it by side or level ("Injectate
        0.5% bupivacaine." + "R - 2 mL" + "L - 2 mL"; "Medication: Kenalog 40 mg/mL" + "L4-5: 1 mL" + "L5-S1: 1 mL"):
        the rows' volumes add up to the drug's. Only rows right under the line that hold nothing but a label and a
        volume, and only for the last such drug above them."""
        text = self.text
        for m in mentions:
            if m.mass is not None or m.volume is not None or m.conc_value is None or m.fallback:
                continue
            _, le = self.ctx.idx.line_at(m.span.start_char)
            others = [x for x in mentions if m.span.end_char < x.span.start_char < le]
            if not others:  # (no other drug after it on its line)
                top = self._joined_row(m.span.end_char, le)
                top = le + 1 if top is None else top  # (from a first row joined to the drug's line, d5-008)
                total, rows, end = self._rows_of_volumes(top)
                if rows:  # each row is one site's: a per-site word of the line ('given per joint:') heads the list
                    m.volume, m.bare, m.per_site, m.sites = total, False, False, None
                    m.evidence.append(self.ctx.ev(top, end))
                    continue
            if any(x.role != "contrast" for x in others) or m.solution_fraction is not None:
                continue  # (a contrast told after it on its line may hold the list: 'After Omnipaque ... flow, L3-4 ...')
            listed = self._level_volumes_next(m.span.start_char)
            if listed is not None:  # "Kenalog-40 was drawn up." + "Injected: L3-4 0.5 mL, L4-5 0.5 mL, L5-S1 1 mL."
                m.volume, m.bare = listed, False

    def _rows_of_volumes(self, pos: int) -> tuple[float, int, int]:
        """The rows from `pos` that hold only a side or level label and a volume (a 'Level | Volume' header passed
        over; at most six): their summed volume, how many, and where the last ends."""
        text, total, rows, end = self.text, 0.0, 0, pos
        head = _AMOUNT_TABLE_HEAD.match(text, pos)
        if head is not None:  # "Level | Volume" over the rows
            pos = head.end() + 1
        while pos < len(text) and rows < 6:
            row = _AMOUNT_ROW.match(text, pos) or _AMOUNT_TABLE_ROW.match(text, pos)
            v = None if row is None else _spoken(row.group("num"))
            if v is None:
                break
            total, rows, end, pos = total + v, rows + 1, row.end(), row.end() + 1
        return total, rows, end

    def _joined_row(self, a: int, le: int) -> int | None:
        """Where a row holding only a level (or side) and a volume starts right after a colon between `a` and the line's
        end `le`, running to that end: the first row of a list that the normaliser joined to the line opening it
        ('Arthrogram confirmed. Triamcinolone 40 mg/mL was injected as follows:' + newline + 'L3-4  0.5 mL': a label
        after the line's prose takes the next line as its value; round 22, dose22b, d5-008). None when there is none."""
        text = self.text
        while (a := text.find(":", a, le)) >= 0:
            a += 1
            row = _AMOUNT_ROW.match(text, a) or _AMOUNT_TABLE_ROW.match(text, a)
            if row is not None and row.end() >= le - 1:
                return a
        return None

    def _in_joined_row(self, q: Qty, after: int) -> bool:
        """Whether the volume `q` closes a row joined after a colon to a line holding a drug before `after`'s end
        (`_joined_row`): a list's first row, not the drug's own amount."""
        if q.kind != "volume" or q.start < after:
            return False
        le = self.ctx.idx.line_at(q.start)[1]
        if self.text[q.end:le].strip(" \t.|"):
            return False
        top = self._joined_row(after, le)
        return top is not None and top <= q.start

    def _level_volumes(self, qtys: list[Qty]) -> float | None:
        """The sum of volumes each written for a level of its own ('L3-4 0.5 mL, L4-5 0.5 mL and L5-S1 1 mL', '1 mL at
        L3-4, 1 mL at L4-5 and 2 mL at L5-S1'; round 22, gap22): two or more volumes, every one beside a level and no
        level twice. None otherwise."""
        vols = [q for q in qtys if q.kind in ("volume", "solution_volume")]
        if len(vols) < 2:
            return None
        text, seen = self.text, set()
        for q in vols:
            g = next((g for g in self.ctx.m.levels
                      if (g.end <= q.start and _LEVEL_THEN_VOLUME.fullmatch(text, g.end, q.start))
                      or (g.start >= q.end and _VOLUME_THEN_LEVEL.fullmatch(text, q.end, g.start))), None)
            if g is None or len(g.items) != 1 or tuple(g.items[0]) in seen:
                return None
            seen.add(tuple(g.items[0]))
        return round(sum(q.value for q in vols), 6)

    def _level_volumes_next(self, at: int) -> float | None:
        """The volumes listed by level in the sentence right after the drug's at `at`, that sentence naming no drug
        (`_level_volumes`); None otherwise."""
        nxt = self._next_sentence(self.ctx.idx.sentence_at(at)[1])
        named = self.ctx.in_sentence(self.ctx.spans("DRUG"), nxt[0]) if nxt is not None else []
        if nxt is None or any(d._.meta.get("role") != "contrast" for d in named):
            return None  # (contrast told there is the technique: 'After contrast confirmed flow, L3-4 0.5 mL, ...')
        cut = self._check_clause_end(*nxt)  # ('After Omnipaque 240 confirmed flow, ...': the list after it, dose22b)
        if named and cut == nxt[0]:
            return None  # the contrast's own list ('Omnipaque 180 was injected: L3-4 0.5 mL, ...')
        return self._level_volumes([q for q in self._quantities(*nxt) if q.start >= cut])

    def _check_clause_end(self, s: int, e: int) -> int:
        """Where an opening clause of timing or check that holds a contrast agent ends (after its comma), in the
        sentence `s`..`e`: 'After Omnipaque 180 confirmed flow, L3-4 0.5 mL, L4-5 0.5 mL and L5-S1 1 mL were given',
        'Once Isovue-M 200 outlined the roots, we injected ...' (lexicon `drug_check_clause_open`); the contrast only
        shows where the needle lies, so the amounts after the clause are not its (round 22, dose22b). `s` when the
        sentence opens with no such clause."""
        for d in self.ctx.in_sentence(self.ctx.spans("DRUG"), s):
            if d._.meta.get("role") != "contrast":
                continue
            cs = self.text.rfind(";", s, d.start_char) + 1 or s
            close = _CHECK_CLAUSE_CLOSE.match(self.text, d.end_char, e)
            if close is not None and _CHECK_CLAUSE_OPEN.match(self.text, cs, d.start_char):
                return close.end()
        return s

    def _leading_total(self, qtys: list[Qty], mentions: list[DrugMention], s: int) -> Qty | None:
        """A volume that heads the components of a mixture as their total, before any drug, as a label with its colon
        ("5 cc total: 2 cc Kenalog 40 + 3 cc 1% lidocaine", "Total 4 mL: ...", "6 mL in all - ..."): the mixture's
        volume, not the first drug's. Only with two drugs or more after it."""
        if not mentions:
            return None
        first = min(m.span.start_char for m in mentions)
        lead = next((q for q in qtys if q.kind == "volume" and not q.paren and q.end <= first), None)
        if lead is None:
            return None
        labelled = _TOTAL_LABEL_AFTER.match(self.text, lead.end) or (
            _TOTAL_BEFORE.search(self.text, max(s, lead.start - 25), lead.start) and _LABEL_MARK.match(self.text, lead.end))
        # one drug and a diluent with its own volume under the total ("10 cc total = 1 cc Kenalog 40 + 9 cc saline",
        # "Total 5 cc: Decadron 10 mg/mL 1 cc and saline 4 cc"; round 21, dose21, d1-037)
        diluted = bool(labelled) and self._diluent_part_after(mentions)
        if self.p["volume"].search(self.text, lead.end, first) is None and not diluted:
            return None  # no component amount follows before the first drug: "5 cc Kenalog ..." is the drug's own
        if _COMPOSED_OF_AFTER.match(self.text, lead.end):
            return lead  # "a total volume of 3 mL consisting of 1 mL of <steroid> and 2 mL of saline": the whole
        if len(mentions) < 2 and not diluted:
            return None
        return lead if labelled else None

    def _diluent_part_after(self, mentions: list[DrugMention]) -> bool:
        """A diluent with its own volume after the drugs on their line ("... = 1 cc Kenalog 40 + 9 cc preservative-free
        saline", "..., saline 4 mL"): another part of the mixture whose total heads the line (round 21, dose21, d1-037)."""
        last = max(m.span.end_char for m in mentions)
        return _DILUENT_PART.search(self.text, last, self.ctx.idx.line_at(last)[1]) is not None

    def _use_plan(self, s: int, e: int) -> None:
        """Count the sites of the procedure that the drug sentence [s, e) (with its line's label before it) names,
        when exactly one of the session's procedures is written there; else those of the note's first one."""
        self.units, self.sides, self.nerves, self.muscles = self._default_plan
        self._own_plan = False
        if not self._plans:
            return
        ls = self.text.rfind("\n", 0, s) + 1
        named = {i for i, (starts, *_rest) in enumerate(self._plans) if any(ls <= x < e for x in starts)}
        if not named:
            named = self._plan_of_block(ls)
        if len(named) == 1:
            _, self.units, self.sides, self.nerves, self.muscles = self._plans[named.pop()]
            self._own_plan = True

    def _plan_of_block(self, ls: int) -> set[int]:
        """The session procedures named on the row that a wrapped drug line starting at `ls` continues: walking back
        over indented continuation lines (no blank line) to the first line naming any procedure; the plans named
        there (usually one: that row's "Procedure #2 ..." header), or none when the drug line is no continuation."""
        text = self.text
        for _ in range(_MAX_CONTINUATION_LINES):
            if ls == 0 or not _CONTINUATION_LINE.match(text, ls):
                return set()
            ps = text.rfind("\n", 0, ls - 1) + 1
            if not text[ps:ls - 1].strip():
                return set()  # a blank line ends the block
            named = {i for i, (starts, *_rest) in enumerate(self._plans) if any(ps <= x < ls for x in starts)}
            if named:
                return named
            ls = ps
        return set()

    def _sides_written_out(self, m: DrugMention) -> bool:
        """"B/L SIJ: R 40 mg Kenalog, L 40 mg Kenalog, 1 cc 0.5% bupi each side": the drug's amounts stand one under
        each side label (both sides), so they are already the per-side doses and 'each side' must not multiply them."""
        if len(m.evidence) < 3:
            return False
        sides = set()
        for ev in m.evidence[1:]:
            x = _SIDE_LABEL_BEFORE.search(self.text, max(0, ev.start - 8), ev.start)
            if x is not None:
                sides.add(x.group(0).strip(" \t:=-.").lower()[:1])
        return sides == {"r", "l"}

    def _other_site(self, a: int, e: int) -> bool:
        """Whether [a, e) names another site for a "same" repeat: a side ("Left knee: same.") or a spinal level of a
        per-level row ("L4-5: 1 cc Kenalog 40 + 1 cc 1% lido; L5-S1: same."), or a level told from the one treated
        ("at the level above", "the adjacent level", "the next level down")."""
        return bool(_OTHER_SIDE.search(self.text, a, e)) or any(a <= g.start < e for g in self.ctx.m.levels) \
            or bool(_RELATIVE_LEVEL.search(self.text, a, e))

    def _mixture_named_again(self, mentions: list[DrugMention]) -> None:
        """A drug named again inside a later reference to a mixture drawn up before ('Dexamethasone 10 mg and 2 mL of 1%
        lidocaine were drawn up in one syringe. ... Omnipaque was injected first, then the steroid mixture
        (dexamethasone 10 mg with lidocaine) was injected', 'the dexamethasone mixture, 1.5 mL per side', 'the
        mixture containing dexamethasone 5 mg ... on each side'): the mixture's contents or its share told again, not
        another dose, so the drug counts once per mixture (its shares come from the mixing sentence's arithmetic).
        Only a mention inside the reference ('the <words> mixture/solution/injectate') or right after it, of a drug
        dosed in an earlier sentence that draws up two or more drugs (lexicon `drug_drawn_up`, `drug_mixture_ref`)."""
        idx = self.ctx.idx
        mixing: dict[tuple[int, int], set[str]] = {}
        for m in mentions:
            if m.role != "contrast" and not m.bare:
                mixing.setdefault(idx.sentence_at(m.span.start_char), set()).add(m.generic)
        drawn = {se: gens for se, gens in mixing.items()
                 if len(gens) >= 2 and cue("drug_drawn_up").search(self.text, *se)}
        if not drawn:
            return
        refer = cue("drug_mixture_ref")
        for m in mentions:
            if m.role == "contrast" or m.bare:
                continue
            s, e = idx.sentence_at(m.span.start_char)
            if (s, e) in drawn or not any(se[0] < s and m.generic in gens for se, gens in drawn.items()):
                continue
            if not any(x.start() <= m.span.start_char <= x.end() + _MIXTURE_REF_REACH
                       for x in refer.finditer(self.text, s, e)):
                continue
            m.mass = m.mass_unit = m.volume = m.solution_fraction = m.sites = None
            m.masses, m.volumes, m.mass_ends, m.fallback = [], [], [], []
            m.per_site, m.bare = False, True

    def _repeated_by_reference(self, mentions: list[DrugMention]) -> None:
        """"Right knee: ... Kenalog 40 1 cc plus 4 cc 1% lidocaine. Left knee: same approach and the same mixture.":
        a later sentence that names another side and gives "the same mixture/dose/medications" without a drug of its
        own repeats the amounts of the last sentence that had drugs (contrast aside), once per such sentence."""
        repeats: dict[int, int] = {}
        seen: set[tuple[int, int]] = set()  # "Left knee: same approach and the same mixture" repeats once
        for x in _SAME_AMOUNTS.finditer(self.text):
            s, e = self.ctx.idx.sentence_at(x.start())
            if (s, e) in seen or self.ctx.idx.category_at(x.start()) in NOT_PERFORMED_SECTIONS \
                    or not self._other_site(s, e) or _NOT_DONE_YET.search(self.text, s, e):
                continue  # (not a plan: "the level above will be treated next month with the same doses")
            seen.add((s, e))
            if self.ctx.in_sentence(self.ctx.spans("DRUG"), s) and not self._contrast_beside_mixture(mentions, x, s, e) and (
                    self._same_amounts_in_sentence(mentions, x, s, e)
                    or not _SAME_DRUGS_NAMED.match(self.text, x.start(), e)):
                continue  # "The same was repeated on the other side, with the same volumes of contrast and mixture":
                # drugs named only after the reference, no amount before it, repeat the sentence before
            # "the same amounts/doses/drugs" repeats the contrast too; "the same mixture/injectate" only what was mixed
            amounts = _SAME_ALL_AMOUNTS.search(self.text, s, e) is not None
            before = [m for m in mentions if m.span.start_char < s and (amounts or m.role != "contrast")]
            if not before:
                continue
            own = [m for m in before if m.role != "contrast"] or before
            last = self.ctx.idx.sentence_at(max(m.span.start_char for m in own))
            wholes = [self._sentence_of(m.span.start_char, m.span.end_char) for m in own]
            # "... and 2 mL of 0.5%" + "Marcaine ..."; a name closing its line and joined to the next ("0.5 mL of
            # Celestone" + "Soluspan (6 mg/mL) with 1 mL of 0.25% bupivacaine was injected.")
            joined = [w for m, w in zip(own, wholes) if self.ctx.idx.sentence_at(m.span.start_char) == last
                      or w[0] <= last[0] < w[1]]
            first = min([last[0], *(j[0] for j in joined)])
            if (x.group("bare") or x.group("lvl")) and self.text[last[1]:s].strip() \
                    and not _SAME_DRUGS_NAMED.match(self.text, x.start(), e):
                continue  # "A needle entered the right joint. Same on the left.": the needle, not the drugs before;
                # a repeat naming its drugs ("The same procedure was repeated on the left with the same volumes of
                # contrast, Kenalog and bupivacaine") repeats them past a 'The needle was removed.' (round 20, pub20b)
            times = self._levels_repeated(x, e)
            # "... with the same volumes of contrast and injectate": the contrast given before the drugs' sentence too
            dye = next((m for m in reversed(before) if m.role == "contrast"), None) \
                if amounts and _CONTRAST_WORD.search(self.text, x.start(), e) else None
            for i, m in enumerate(mentions):
                if m in before and not m.per_site and (
                        first <= self.ctx.idx.sentence_at(m.span.start_char)[0] <= last[0] or m is dye):
                    repeats[i] = repeats.get(i, 0) + times
        for i, k in repeats.items():
            m = mentions[i]
            fraction = m.solution_fraction
            if fraction is not None:  # "1.5 mL of that mixture was injected. The same was repeated on the other side":
                m.solution_fraction = fraction * (1 + k)  # the injected share of the mixture, given once more per repeat
            else:
                m.per_site, m.sites = True, 1 + k

    @staticmethod
    def _contrast_beside_mixture(mentions: list[DrugMention], x: re.Match[str], s: int, e: int) -> bool:
        """A repeat at another site that names only its contrast beside "the same solution" ("Repeated at the
        remaining level (right L5-S1, 1 mL Omnipaque 240, 1 mL of the same solution)", "then the other foramen: 1 mL
        of Isovue, the same mixture"): the contrast is the site's own, the mixture refers back to the drugs mixed before
        (round 18, fcx-tfesi-01), as when no drug is named at all."""
        return bool(_SAME_MIXTURE.search(x.string, s, e)) and all(
            m.role == "contrast" for m in mentions if s <= m.span.start_char < e)

    def _same_amounts_in_sentence(self, mentions: list[DrugMention], x: re.Match[str], s: int, e: int) -> bool:
        """"2 mL of 0.5% bupivacaine with 20 mg of triamcinolone was injected on the left, and the same mixture on the
        right": the amounts written before "the same mixture" of a sentence that names another side after them, and no
        drug after it, were given twice (per site amounts: on twice as many sites)."""
        own = [m for m in mentions if s <= m.span.start_char < x.start() and m.role != "contrast"
               and m.solution_fraction is None]
        if not own:  # (else no amount before the reference: the caller may read it as repeating the sentence before)
            return self._mixture_share_repeated(mentions, x, s, e)
        if any(x.start() <= d.start_char < e for d in self.ctx.spans("DRUG")) \
                or not self._other_site(max(m.span.end_char for m in own), e):
            return True
        times = self._levels_repeated(x, e)
        for m in own:
            if m.per_site and self.sides == 2 and m.sites == self.units * 2:
                continue  # "... on each side, 2 mL ... on the right, then the same on the left": both sides counted
            m.per_site, m.sites = True, (m.sites or 1) * 2 if m.per_site else 1 + times
        return True

    def _mixture_share_repeated(self, mentions: list[DrugMention], x: re.Match[str], s: int, e: int) -> bool:
        """"2.5 mL of a mixture of 2 mL of 0.5% bupivacaine and 0.25 mL of Kenalog-40 was injected on the right and
        the same on the left": the injected share of a mixture told before "the same" in a sentence that names another
        side after it, and no drug after it, is given once more per repeat (round 18, fda-occ-01). A share already
        given at each site is not (its sites are counted)."""
        mixed = [m for m in mentions if s <= m.span.start_char < x.start() and m.role != "contrast"
                 and m.solution_fraction is not None and not m.per_site]
        if not mixed or any(x.start() <= d.start_char < e for d in self.ctx.spans("DRUG")) \
                or not self._other_site(max(m.span.end_char for m in mixed), e):
            return False
        times = self._levels_repeated(x, e)
        for m in mixed:
            m.solution_fraction = (m.solution_fraction or 0.0) * (1 + times)
        return True

    def _levels_repeated(self, x: re.Match[str], e: int) -> int:
        """How many more sites a "same again at <level>" repeat adds: the levels its clause names ("the same at L5-S1"
        one, "repeated at L5-S1 and S1" two); one for any other repeat ("Left knee: same.")."""
        if not x.group("lvl"):
            return 1
        stop = min((i for i in (self.text.find(";", x.start(), e),) if i >= 0), default=e)
        groups = [g for g in self.ctx.m.levels if x.start() <= g.start < stop]
        other = _OTHER_SIDE_TOO.search(self.text, x.end(), stop)
        if other is None:
            return max(1, sum(len(g.items) for g in groups))
        # "the same was done at the right L4-5 and L5-S1 joints and repeated on the left at all three levels": the
        # first side's sites (the one before and those named), then the other side's (its own levels, else as many)
        first = max(1, sum(len(g.items) for g in groups if g.start < other.start()))
        then = sum(len(g.items) for g in groups if g.start >= other.start())
        return first + (then or first + 1)

    def _class_in_advice(self, d: Span) -> bool:
        """A steroid named only by its class in advice about what it may do ("Steroid may raise blood sugar for
        several days", "if a steroid was given, ..."; round 19, teach19): discharge instructions printed for every
        patient, not an injectate without a name (`lexicon` steroid_advice_after / _before)."""
        if d._.meta.get("generic") != "unspecified_steroid":
            return False
        a, b = d.start_char, d.end_char
        return bool(cue("steroid_advice_after").match(self.text, b, min(len(self.text), b + 60))
                    or cue("steroid_advice_before").search(self.text, max(0, a - 50), a))

    def _own_regimen(self, d: Span) -> bool:
        """A medicine the patient takes, not one injected today: its clause says how it is taken ("baclofen 10 mg at
        night", "a Medrol taper last fall", "lidocaine patch"), or it stands in a "Medications:" field that lists a
        regimen and no injectate (`_INJECTATE_WORDS`). A home list would otherwise give today's claim a drug with no
        dose (a finding) or a dose summed from pills."""
        text = self.text
        a, b = d.start_char, d.end_char
        clause_end = min(len(text), b + 40)
        if _REGIMEN_AFTER.match(text, b, clause_end) or _REGIMEN_BEFORE.search(text, max(0, a - 10), a):
            s, e = self.ctx.idx.sentence_at(a)
            cut = max(text.rfind(",", s, a), text.rfind(";", s, a), s)
            stop = min((i for i in (text.find(",", b, e), text.find(";", b, e)) if i >= 0), default=e)
            if not _GIVEN_TODAY.search(text, cut, stop):
                return True
        sec = self.ctx.idx.section_at(a)
        if sec.category != "medications" or a < sec.body_start:
            return False
        body_end = min(sec.end, sec.body_start + 600)
        return bool(_REGIMEN_AFTER.search(text, sec.body_start, body_end)) \
            and not _INJECTATE_WORDS.search(text, sec.body_start, body_end)

    def _risk_named(self, d: Span) -> bool:
        """The drug word names a risk or side effect ('steroid side effects such as elevated glucose' in a consent
        template, 'side effects of the steroid'), not a drug given: without this, stock consent text gives every note
        an unnamed steroid (a drug_name finding). Two anchored matches at the span's edges, no sentence scan."""
        text = self.text
        return bool(_RISK_AFTER.match(text, d.end_char, min(len(text), d.end_char + 40))
                    or _RISK_BEFORE.search(text, max(0, d.start_char - 45), d.start_char))

    def _earlier_procedure_dose(self, d: Span) -> bool:
        """A dose told as that of an earlier procedure: an earlier procedure is named before the drug in its sentence,
        no procedure after it ('Her last epidural in June used 80 mg of Depo-Medrol', 'the previous L5-S1 TFESI
        with 40 mg of Kenalog gave 70% relief'), as the subject opening the drug's clause; not in a sentence about today
        or a repeat ('repeat of her prior TFESI; Kenalog 40 mg today'), nor past a comma ('Given the prior injection's
        good response, Kenalog 40 mg was injected'). Round 21, dose21 (d1's near miss: a prior procedure's dose)."""
        s, e = self.ctx.idx.sentence_at(d.start_char)
        earlier = [x for x in _EARLIER_PROCEDURE.finditer(self.text, s, d.start_char)]
        if not earlier or _TODAY_WORD.search(self.text, s, e) or _REPEAT_WORDS.search(self.text, s, e):
            return False
        last = earlier[-1]
        text = self.text
        if re.search(r"[,;:()]", text[last.end():d.start_char]):
            return False  # 'Given the prior injection's good response, Kenalog 40 mg was injected': another clause
        opens = max(s, *(text.rfind(c, s, last.start()) + 1 for c in ",;:("))
        if not _CLAUSE_SUBJECT_LEAD.fullmatch(text, opens, last.start()):
            return False  # the earlier procedure opens its clause as its subject
        # ... and no procedure named after it, before the drug (today's)
        return not any(last.end() <= x.start_char < d.start_char for x in self.ctx.spans("PROC"))

    def _earlier_time_dose(self, d: Span) -> bool:
        """A dose in a sentence that opens on an earlier time ('Last month he received Kenalog 80 mg in urgent care',
        'Three months ago, a needle was placed at the left L5 foramen with 40 mg of Kenalog', 'At her previous visit
        she had 80 mg of Depo-Medrol'; lexicon `drug_earlier_time_lead`): that time's dose, not today's. Not past a
        semicolon, nor in a sentence naming today or a repeat, nor in a consequence clause after it ('Last month the
        pain flared, so Kenalog 40 mg was injected'). Round 21, dose21b (d3-046)."""
        text = self.text
        s, e = self.ctx.idx.sentence_at(d.start_char)
        s = max([s, *(m.end() for m in cue("consequence_clause_open").finditer(text, s, d.start_char))])
        return bool(_EARLIER_TIME_LEAD.match(text, s)) and ";" not in text[s:d.start_char] \
            and not _TODAY_WORD.search(text, s, e) and not _REPEAT_WORDS.search(text, s, e)

    def _general_practice(self, d: Span) -> bool:
        """A dose in a sentence that tells what practice in general uses ('Particulate steroids such as triamcinolone 40
        to 80 mg are typically used for interlaminar injections', 'published series commonly use triamcinolone 80 mg',
        'Protocol: ... in this clinic use methylprednisolone 40-80 mg per session'; lexicon `general_practice`):
        a published page's background or a clinic's protocol, not today's injectate. A sentence that also tells the
        dose given ('was injected', 'we used', 'today') stays (round 22, pub22, c7-044, d7-041, d7-044)."""
        return told_as_general_practice(self.ctx, d.start_char)

    def _only_discussed(self, d: Span) -> bool:
        """A dose inside a procedure only talked over in its sentence ('We discussed a right L5-S1 transforaminal
        epidural with 40 mg of Kenalog under fluoroscopy'): the talk's verb, then the procedure's name, before the drug
        and no verb of giving in the sentence (lexicon `drug_discussed_before`, `drug_given_verb`; round 21, dose21, d1-051)."""
        s, e = self.ctx.idx.sentence_at(d.start_char)
        talk = _DISCUSSED_BEFORE.search(self.text, s, d.start_char)
        # the procedure talked over stands between the verb and the drug ('risks discussed, Kenalog 40 mg ...' is no talk
        # of the drug)
        return talk is not None and not _GIVEN_VERB.search(self.text, s, e) \
            and any(talk.end() <= x.start_char < d.start_char for x in self.ctx.spans("PROC"))

    def _correction_blocks(self) -> list[tuple[int, int, str]]:
        """The blocks of the note that correct or query its record, as (start, end, kind), kind one of
        `drug_correction_label`'s keys: a label opening a line ('Addendum (same day, by the performing physician):',
        'CODER QUERY:', 'PHYSICIAN RESPONSE:'), to the paragraph's end or the next line's field label. Read once; a
        note without any label word is not scanned (round 22, dose22)."""
        if self._corrections is None:
            self._corrections = []
            low = lowered_once(self.text)
            if low is None or any(w in low for w in _CORRECTION_GATE):
                for x in _CORRECTION_LABEL.finditer(self.text):
                    end = _BLOCK_END.search(self.text, x.end())
                    kind = next(k for k, v in x.groupdict().items() if v is not None)
                    if kind == "reply":  # a bare 'Response:' answers only the query right before it
                        last = self._corrections[-1] if self._corrections else None
                        if last is None or last[2] != "query" or self.text[last[1]:x.start()].strip():
                            continue
                        kind = "response"
                    self._corrections.append((x.start(), end.start() if end else len(self.text), kind))
        return self._corrections

    def _in_query(self, d: Span) -> bool:
        """A drug named inside a query to the physician ('CODER QUERY: The order set lists Kenalog 80 mg. Please confirm
        ...'): a question, not a record of what was given (round 22, dose22, d5-042)."""
        return any(a <= d.start_char < b and kind == "query" for a, b, kind in self._correction_blocks())

    def _corrected_amount(self, d: Span, cs: int, ce: int) -> tuple[float, str, Qty] | None:
        """The one amount a correction's clause gives its drug, as (value, unit, where): a mass ('80 mg, not 40 mg, of
        Depo-Medrol was given': 80 mg; one in brackets only when none is outside), else a volume times the strength the
        clause or the brand names ('2 mL, not 1 mL, of Kenalog-40': 80 mg); the replaced ones left out ('not', 'from',
        'rather than' right before them; lexicon `drug_amount_replaced_before`). None when none or two different ones
        are left."""
        qtys = [q for q in self._quantities(cs, ce)
                if not _AMOUNT_REPLACED_BEFORE.search(self.text, max(cs, q.start - 20), q.start)]
        for kind in ("mass", "volume"):
            kept = [q for q in qtys if q.kind == kind and not q.paren] or [q for q in qtys if q.kind == kind]
            if not kept or any(q.value != kept[0].value or q.unit != kept[0].unit for q in kept):
                continue
            if kind == "mass":
                return kept[0].value, _unit(kept[0].unit), kept[0]
            conc = next((q for q in qtys if q.kind == "conc"), None)
            strength = conc.value if conc is not None else d._.meta.get("strength_mg_ml")
            if strength:
                return round(kept[0].value * float(strength), 4), "mg" if conc is None else _unit(conc.unit), kept[0]
        return None

    def _apply_corrections(self, drugs: list[Drug]) -> list[Drug]:
        """The dose that a correction of the record states wins over the body's (round 22, dose22, d5-003/004/042): in
        a `correction` or `response` block, or an `addendum` block with a correction cue ('in error', 'not 40 mg',
        'should read'; lexicon `drug_dose_corrected`), a drug named with one amount in its clause (the sentence up to
        its semicolons) has that dose ('Addendum: 80 mg, not 40 mg, of Depo-Medrol was given; the dose above was
        dictated in error', 'PHYSICIAN RESPONSE: No. 40 mg of Kenalog was administered; ...'); a drug said there not
        to have been given ('ADDENDUM: Correction to the injectate above. No triamcinolone was given today') is no drug
        of the session, its class word ('no steroid was given') every drug of that class. A clause adding a dose ('an
        additional 40 mg', 'no further steroid'; `drug_correction_additive`) corrects nothing."""
        blocks = [(a, b, kind) for a, b, kind in self._correction_blocks() if kind != "query"]
        if not blocks or not drugs:
            return drugs
        text, idx = self.text, self.ctx.idx
        dropped: set[str] = set()
        for a, b, kind in blocks:
            corrects = kind != "addendum" or bool(_DOSE_CORRECTED.search(text, a, b))
            for d in self.ctx.spans("DRUG"):
                if not a <= d.start_char < b or d._.is_hypothetical or d._.is_family:
                    continue
                cs, ce = self._clause_in_block(d.start_char, d.end_char, a, b)
                if _CORRECTION_ADDITIVE.search(text, cs, ce) or self.p["per_site"].search(text, cs, ce):
                    continue  # (a dose told per site there is left to the body's arithmetic)
                generic, role = d._.meta["generic"], d._.meta.get("role")
                amount = self._corrected_amount(d, cs, ce) if corrects else None
                if amount is not None:
                    value, unit, where = amount
                    for drug in drugs:
                        if drug.generic == generic and (drug.dose_unit == unit or drug.dose is None):
                            drug.dose, drug.dose_unit = value, unit
                            drug.per_site, drug.sites = None, None
                            drug.evidence = sorted([*drug.evidence, self.ctx.ev(where.start, where.end)],
                                                   key=lambda x: x.start)
                    continue
                if (d._.is_negated or _WITHHELD_PASSIVE.match(text, d.end_char)) and _GIVEN_VERB.search(text, cs, ce):
                    dropped.update(x.generic for x in drugs if x.generic == generic or (
                        generic.startswith("unspecified") and x.role == role))
        return [x for x in drugs if x.generic not in dropped]

    def _clause_in_block(self, start: int, end: int, a: int, b: int) -> tuple[int, int]:
        """The clause of a drug at `start`..`end` inside the block `a`..`b`: its sentence up to its semicolons."""
        text = self.text
        s, e = self.ctx.idx.sentence_at(start)
        semi = text.find(";", end, e)
        return max(s, a, text.rfind(";", s, start) + 1), min(b, e if semi < 0 else semi)

    def _without_addendum_restatement(self, doses: list) -> list:
        """A drug's dose that an addendum only files again ('Addendum: Kenalog 40 mg, lot AB123, exp 2026-03', 'Late
        entry: the Kenalog 40 mg given today came from lot 55Q1') is not a second dose (round 22, dose22b): a mention
        in an `addendum` block without a correction cue, its clause naming record details (lexicon
        `drug_record_detail`) or no verb of giving, and no further dose (`drug_correction_additive`,
        `drug_addendum_adds`), with the body's amount or none, is left out when the body gives the drug a dose.
        An addendum that corrects is `_apply_corrections`'; one that gives more or another drug adds as before."""
        if len(doses) < 2:
            return doses
        blocks = [(a, b) for a, b, kind in self._correction_blocks() if kind == "addendum"
                  and not _DOSE_CORRECTED.search(self.text, a, b)]
        if not blocks:
            return doses
        text = self.text

        def block(m: DrugMention) -> tuple[int, int] | None:
            return next(((a, b) for a, b in blocks if a <= m.span.start_char < b), None)

        body = {(d, u) for m, d, u, _ in doses if d is not None and block(m) is None}
        if not body:
            return doses

        def files(m: DrugMention, dose: float | None, unit: str | None) -> bool:
            where = block(m)
            if where is None or (dose is not None and (dose, unit) not in body):
                return False
            cs, ce = self._clause_in_block(m.span.start_char, m.span.end_char, *where)
            if _CORRECTION_ADDITIVE.search(text, cs, ce) or _ADDENDUM_ADDS.search(text, cs, ce):
                return False
            return bool(_RECORD_DETAIL.search(text, cs, ce) or not _GIVEN_VERB.search(text, cs, ce))

        return [x for x in doses if not files(*x[:3])]

    def _row_not_given(self, d: Span) -> bool:
        """A drug in a medication administration record's row whose status cell, after the drug's own cell, says it
        was not given ('1005 | Triamcinolone 40 mg/mL | 40 mg | epidural | HELD - not given (order changed)', 'Ketorolac
        30 mg<tab>IM<tab>Refused'; lexicon `drug_row_not_given`): the row's drug was held (round 22, dose22, d5-021).
        Only a row of cells: two or more breaks ('|', tabs or wide gaps) after the name, or a dash before the status
        ('Triamcinolone 40 mg - HELD, order changed')."""
        text = self.text
        le = text.find("\n", d.end_char)
        le = len(text) if le < 0 else le
        breaks = list(_ROW_CELL_BREAK.finditer(text, d.end_char, le))
        return any(_ROW_NOT_GIVEN.match(text, b.end()) and (len(breaks) >= 2 or b.group("dash")) for b in breaks)

    def _offer_declined(self, d: Span) -> bool:
        """A drug offered and turned down in its clause (the sentence up to its semicolons: 'Toradol 60 mg IM was offered
        for the headache today but the patient declined', 'She refused the ketorolac 30 mg IM we offered'; lexicon
        `drug_discussed_before`, `drug_offer_declined`): never given, so no dose (round 22, dose22, d5-020). Not when
        the clause tells it given ('offered and injected') or a change of mind follows the refusal ('declined, then
        agreed'; `drug_offer_taken_after`)."""
        text = self.text
        s, e = self.ctx.idx.sentence_at(d.start_char)
        s = max(s, text.rfind(";", s, d.start_char) + 1)
        semi = text.find(";", d.end_char, e)
        if semi >= 0 and not _REFUSAL_CLAUSE.match(text, semi + 1, e):  # ('IM Toradol offered; declined.')
            e = semi
        refusal = _OFFER_DECLINED.search(text, s, e)
        if refusal is None or _DISCUSSED_BEFORE.search(text, s, e) is None:
            return False
        given = (g for g in _GIVEN_VERB.finditer(text, s, e) if not _NOT_BEFORE.search(text, max(s, g.start() - 8), g.start()))
        return next(given, None) is None and not _OFFER_TAKEN_AFTER.search(text, refusal.end(), e)

    def _withheld_later(self, d: Span) -> bool:
        """A drug made ready in its own sentence ('Kenalog 80 mg was drawn up for the procedure') and said in a later
        sentence of its section, by its name, its class ('the steroid') or as 'the medication', to be kept back ('...
        the steroid was withheld and not injected', 'we elected not to inject the Kenalog'): drawn up, never given, so
        no dose (round 21, dose21, d1-049). Only drugs whose sentence makes them ready; a dose told as given stays."""
        text, idx = self.text, self.ctx.idx
        s, e = idx.sentence_at(d.start_char)
        if not _MADE_READY.search(text, s, e):
            return False
        if _BUT_WITHHELD.search(text, d.end_char, e):
            return True  # in its own sentence: 'Depo-Medrol 80 mg was drawn up but, after her glucose ..., was not given'
        section, stop = idx.category_at(d.start_char), min(len(text), e + 600)
        generic, role = d._.meta["generic"], d._.meta.get("role")
        # (also later in its own sentence, past a clause: 'Kenalog 40 mg was drawn up, but the contrast run showed a
        # radicular artery, so the particulate steroid was not used'; round 22, dose22, d5-045)
        ends = [(x.start_char, x.end_char) for x in self.ctx.spans("DRUG") if d.end_char < x.start_char < stop
                and (x._.meta["generic"] == generic or (x._.meta["generic"].startswith("unspecified")
                                                       and x._.meta.get("role") == role))
                and (x.start_char >= e or _CLAUSE_BREAK.search(text, d.end_char, x.start_char))]
        ends += [(x.start(), x.end()) for x in _DRUG_REFERENCE.finditer(text, e, stop)]
        for a, b in ends:
            if idx.category_at(a) != section:
                continue
            ls = idx.sentence_at(a)[0]
            if _WITHHELD_PASSIVE.match(text, b) or _WITHHOLDING.search(text, max(ls, a - 60), a):
                return True
        return False

    def _past_treatment(self, d: Span) -> bool:
        """A drug named in a sentence about earlier care and given no amount there ("failed PT, NSAIDs and
        two steroid injections"): a past treatment, not today's injectate. In shorthand whose lines run into one
        sentence ("1st MBB 1/14: 85% x 5h (lido)" over "consent signed ..." and today's amounts), the drug's own
        line is that sentence."""
        s, e = self.ctx.idx.sentence_at(d.start_char)
        # the consequence clause of a sentence that opens on an earlier visit is today's act ("At her last injection she
        # had a vasovagal episode, so midazolam was given"; round 20, tgap20): read that clause alone
        s = max([s, *(m.end() for m in cue("consequence_clause_open").finditer(self.text, s, d.start_char))])
        if self._past_span(s, e):
            return True
        ls, le = self.ctx.idx.line_at(d.start_char)
        return (ls > s or le < e) and self._past_span(max(s, ls), min(e, le))

    def _past_span(self, s: int, e: int) -> bool:
        """The text between s and e is about earlier care and gives no amount of its own."""
        key = (s, e)
        if key not in self._past_spans:
            self._past_spans[key] = self._past_span_uncached(s, e)
        return self._past_spans[key]

    def _past_span_uncached(self, s: int, e: int) -> bool:
        if not (cue("prior_result_sentence").search(self.text, s, e) or cue("history_sentence").search(self.text, s, e)
                or care_outcome_cue("failed").search(self.text, s, e)):  # "despite PT ... and steroid injections"
            return False
        qtys = self._quantities(s, e)
        if all(q.kind == "conc" for q in qtys) and _DATED_EARLIER_BLOCK.search(self.text, s, e) \
                and not _TODAY_WORD.search(self.text, s, e):
            return True  # "The first block on 7/9/2024 with 2% lidocaine relieved 90%": a strength names no amount given
        return not any((q.kind != "conc" or not q.paren) and not (q.kind == "conc" and _RELIEF_AFTER_PCT.match(self.text, q.end))
                       for q in qtys)

    def _after_closed_per_site(self, m: DrugMention, s: int, e: int) -> bool:
        """"2 mL 0.25% bupivacaine at each nerve and dexamethasone 4 mg with the GON injectate": a per-site phrase
        that closes an amount speaks for what came before it; a drug joined after it by "and"/"plus"/"with" is a
        single amount, unless a per-site phrase of its own follows it."""
        start, end = m.span.start_char, m.span.end_char
        before = [x for x in self.p["per_site"].finditer(self.text, s, start)
                  if x.group("what") and _AMOUNT_BEFORE.search(self.text, max(s, x.start() - 40), x.start() + 1)]
        if not before or not _JOINED_AFTER.fullmatch(self.text, before[-1].end(), start):
            return False
        return not any(self.p["per_site"].finditer(self.text, end, e))

    def _cumulative(self, m: DrugMention, s: int) -> bool:
        """The drug is named after a clause summing up the injections ("one third of the solution at each point, for the
        whole 6 mL of bupivacaine and 30 mg of ketorolac", "..., making a total of 80 mg of triamcinolone"; lexicon
        `drug_cumulative_whole`) with no semicolon between: its amount is the whole again (round 18, fcs-h-tpi-01)."""
        start = m.span.start_char
        x = _CUMULATIVE_WHOLE.search(self.text, max(s, start - 80), start)
        if x is not None and ";" not in self.text[x.end():start]:
            return True
        return self._summed_clause(m, s, self.ctx.idx.sentence_at(start)[1])

    @staticmethod
    def _running_total_text(text: str, at: int, s: int) -> bool:
        """A summing cue right before an amount ("for a total of", "bringing the total to"; lexicon
        `drug_cumulative_whole`), nothing but spaces between."""
        x = None
        for x in _CUMULATIVE_WHOLE.finditer(text, max(s, at - 60), at + 1):  # (its look-ahead sees the number)
            pass
        return x is not None and x.end() <= at and not text[x.end():at].strip()

    def _running_total(self, at: int, s: int) -> bool:
        """An amount after a summing cue in the clause of a drug that already has its own amount ("Ketorolac 30 mg went
        into the left trapezius, for a total of 60 mg of ketorolac" after 30 mg on the right; "another 3 mL of 0.5%
        bupivacaine ..., bringing the total to 30 mg"): the session's running total, not more of this administration
        (round 18b). The administrations themselves add up to it."""
        return self._running_total_text(self.text, at, s)

    def _sum_told_after(self, owner: DrugMention, q: Qty, e: int) -> bool:
        """An amount with a total word in its clause that equals the amounts of the drug written before it in the
        sentence ("The right knee received 40 mg of Kenalog and the left knee 40 mg of Kenalog, 80 mg in all",
        "Ketorolac 15 mg ... and 15 mg into ..., 30 mg of ketorolac in all"): their sum told again (round 18b). Only
        when the arithmetic agrees; "40 mg in total into the left joint" after 40 mg into the right stays."""
        if len(owner.masses) < 2 or abs(sum(owner.masses) - q.value) > 1e-6:
            return False
        ends = [i for i in (self.text.find(",", q.end, e), self.text.find(";", q.end, e)) if i >= 0]
        return _TOTAL_NEAR.search(self.text, q.end, min(ends, default=e)) is not None

    def _summed_clause(self, m: DrugMention, s: int, e: int) -> bool:
        """The drug is named in a clause of its own that sums up, with a total word, what a per-site phrase earlier in
        the sentence gave ("2 mL of the mixture was injected at each, 6 mL of bupivacaine and 30 mg of ketorolac in
        all"; "...; in total 6 mL of bupivacaine and 30 mg of ketorolac"; "..., so the knee received 40 mg of
        triamcinolone and 20 mg of lidocaine in all"; "... at each (total 6 mL of bupivacaine and 30 mg of ketorolac)"):
        the whole again, not a per-site amount nor a part of the mixture (round 18b). The clause itself must hold no
        per-site phrase."""
        start = m.span.start_char
        opened = self.text.rfind("(", s, start)
        if opened >= 0 and ")" in self.text[opened:start]:
            opened = -1  # a bracket closed before the name: "... (20 mg total both sides) + triamcinolone 20 mg"
        cs = max(s, self.text.rfind(", ", s, start) + 1, self.text.rfind(";", s, start) + 1,
                 opened + 1)  # also a bracket: "... at each (6 mL of bupivacaine ... in all)"
        if cs <= s:
            return False
        bracket = self.text[cs - 1] == "("
        ends = [i for i in (self.text.find(", ", start, e), self.text.find(";", start, e),
                            self.text.find(")", start, e) if bracket else -1) if i >= 0]
        ce = min(ends, default=e)
        # (a bracket inside the clause is its own: "..., triamcinolone 40 mg ... was delivered (80 mg in total)")
        clause = self.text[cs:ce] if bracket else re.sub(r"\([^()]*(?:\)|$)", " ", self.text[cs:ce])
        total = _BRACKET_TOTAL_WORD if bracket else _TOTAL_NEAR
        return total.search(clause) is not None and not self.p["per_site"].search(self.text, cs, ce) \
            and self._sites(s, cs)[0]

    def _sites_total_restated(self, s: int, e: int, at: int) -> bool:
        """A total word closing a clause of its own amount that is the sentence's per-site amount times its stated count
        of sites ("At each of the four sites 0.5 mL of 0.5% bupivacaine was given, 2 mL in all"): the sum told again,
        so the amount before stays a per-site one (round 19, intl19; only when the arithmetic agrees)."""
        counted = self.p["per_site_count"].search(self.text, s, e)
        n = _site_count(counted.group("n")) if counted else None
        cs = max(self.text.rfind(", ", s, at), self.text.rfind(";", s, at))
        if not n or cs < 0 or (counted and counted.start() > cs):
            return False
        total = _CLAUSE_AMOUNT.search(self.text[cs:at])
        if total is None:
            return False
        unit = total.group("u").lower().replace("cc", "ml")
        return any(abs(float(a.group("v")) * n - float(total.group("v"))) < 1e-6
                   for a in _CLAUSE_AMOUNT.finditer(self.text, s, cs) if a.group("u").lower().replace("cc", "ml") == unit)

    def _one_site_clause(self, m: DrugMention, s: int) -> bool:
        """The drug's own clause gives it to one site named in the singular ("Each site got 2 mL of 0.5% bupivacaine,
        and the superomedial site also got Kenalog 40 mg", "...; the L5-S1 level alone received dexamethasone 4 mg",
        "only the first nerve was also given ..."): that drug is no per-site amount (round 18, fcw-h-gnb-02). "Each
        site also got" or "the three sites also received" still share the sentence's sites."""
        start = m.span.start_char
        cs = max(s, self.text.rfind(",", s, start) + 1, self.text.rfind(";", s, start) + 1)
        return bool(_ONE_SITE_CLAUSE.search(self.text, cs, start))

    def _in_per_site_scope(self, m: DrugMention, s: int, e: int) -> bool:
        """Whether a per-site phrase of the sentence covers this drug.

        A per-site phrase speaks for its own clause: in "2 mL of 0.5% bupivacaine at each nerve;
        dexamethasone 4 mg was added to the total injectate" the steroid is a total. A drug named
        before "divided/split between the levels" is a total shared out ("80 mg of Kenalog was
        divided between the two levels, each half mixed with 1 mL of 0.25% bupivacaine")."""
        start = m.span.start_char
        if self._twin_before_per_site(m, e):
            return False  # '2 mL of 1% lidocaine to the skin and 0.5 mL of 2% lidocaine at each nerve': the twin's
        # the window runs 30 characters past the drug's own amount right after its name, however that amount is
        # written ("dexamethasone 4 mg" / "four milligrams" + "was added to the total injectate")
        own = next((x for x in m.mass_ends if 0 < x - m.span.end_char <= 25), m.span.end_char)
        # a parenthesis the window cuts open ("... at each level (40 total" + ")") is still a parenthesis
        end = min(e, own + 30)
        # ... but not past the next drug's name: "2 mL of 0.2% Naropin, 80 mg Depo-Medrol in total" is the steroid's
        # total, not the short-named anaesthetic's (round 15 r2, brand_generic of fbs-sij-03)
        end = min([end] + [d.start_char for d in self.ctx.spans("DRUG") if own < d.start_char < end])
        near = re.sub(r"\([^()]*(?:\)|$)", " ", self.text[max(s, start - 30):end])
        # a total word before the name with a comma or semicolon between is an earlier clause's ("Triamcinolone 40 mg
        # on each side, 80 mg in all, with 2 mL of 1% lidocaine per side": the steroid's whole)
        name_at = len(re.sub(r"\([^()]*(?:\)|$)", " ", self.text[max(s, start - 30):start]))
        base = max(s, start - 30)
        if not self._cumulative_agrees(m, s, e) and any(
                not self._totals_next_drug(m, near, t.end(), end) for t in _TOTAL_NEAR.finditer(near)
                if not (t.end() <= name_at and _CLAUSE_BREAK.search(near, t.end(), name_at))
                and not (near == self.text[base:end] and self._sites_total_restated(s, e, base + t.start()))):
            # a parenthetical "(10 mg total)" restates a per-site amount
            return False  # "1% lidocaine 3 mL total ... each nerve was lesioned": the amount is the whole
        div = _DIVIDED.search(self.text, s, e)
        if div is not None and (self._clause_closed_before(m, div.start()) or self._per_site_leads(m, s, div.start())):
            div = None  # "At each site 1.5 mL of bupivacaine was injected, and methylprednisolone 40 mg ... divided among"
        if div is not None and start < div.start() and not self.p["at_each_bare"].search(
                self.text, m.span.end_char, div.start()) and not self.p["per_site"].search(
                self.text, m.span.end_char, div.start()) and not _SPOKEN_STOP.search(self.text, m.span.end_char,
                                                                                    div.start()):
            # a total shared out: "bupi ... at each, with dex 4 mg divided among them" (not past a dictated "period",
            # nor past the drug's own per-site phrase: "Naropin 0.5%, 2 mL per nerve, with Decadron 4 mg divided among
            # the three nerves" gives Naropin per nerve)
            return False
        if self._after_closed_per_site(m, s, e) or self._one_site_clause(m, s) or self._cumulative(m, s) \
                or self._cumulative_is_own(m, s, e):
            return False
        if " | " in self.text[s:e]:  # inline fields on one line ("Contrast: 2 mL Isovue-M 200 ... | Medications: ...
            cs = self.text.rfind(" | ", s, start) + 1 or s  # per joint x 2 joints."): a field's per-site phrase is its
            ce = self.text.find(" | ", start, e)  # own (a bar with no spaces is no field break: an OCR "#~| mL")
            if (cs, ce) != (s, -1):
                return self._sites(cs, e if ce < 0 else ce)[0]
        if ";" not in self.text[s:e] or self._one_side_then_repeated(s, e) or m.role == "toxin" \
                or _EACH_LABEL_OPENS.match(self.text, s) or self._each_site_opens(s, e):
            return True  # a toxin's doses follow its vial's clause: "Botox 200 units diluted ...; 5 units per site"
        cs = max(s, self.text.rfind(";", s, start) + 1)
        ce = self.text.find(";", start, e)
        ce = e if ce < 0 else ce
        return self._sites(cs, ce)[0]

    def _clause_closed_before(self, m: DrugMention, at: int) -> bool:
        """The drug's own clause is told whole before another drug named ahead of `at` ('At each site 1.5 mL of 0.5%
        bupivacaine was injected, and methylprednisolone 40 mg in total was divided among the three sites'; round 20,
        gap20, fdo-genic-01): what comes at `at` is that other drug's, not this one's."""
        nxt = next((d.start_char for d in self.ctx.spans("DRUG") if m.span.end_char < d.start_char < at), None)
        return nxt is not None and _CLAUSE_DONE.search(self.text, m.span.end_char, nxt) is not None

    def _once_at_the_ramus(self, m: DrugMention, sites: int | None, s: int) -> bool:
        """A per-site amount and a second amount at one named nerve ('1 mL of 2% lidocaine per lateral branch and 1 mL
        at the dorsal ramus', 'triamcinolone 10 mg per lateral branch and 10 mg at the L5 dorsal ramus', '0.5 mL per
        medial branch and 0.5 mL at the L5 DR'; round 20, gap20b): the second is given once, the first at each of the
        sites it names. Lateral branches are counted without the dorsal ramus (`_lateral_branches`), so the ramus is
        one site more; a medial branch or nerve count holds it, so it is one of them. Sets the mention's whole
        amount (no longer per site) and says whether it did; one side only (a bilateral ramus is not told apart)."""
        if self.sides != 1:
            return False
        if len(m.volumes) == 2 and len(m.volume_ends) == 2 and not m.masses:
            amounts, ends = m.volumes, m.volume_ends
        elif len(m.masses) == 2 and not m.volumes:
            amounts, ends = m.masses, m.mass_ends
        else:
            return False
        per = list(self.p["per_site"].finditer(self.text, s, ends[1]))
        probes = self._probe_sites(per, ends, s)
        if probes is not None:
            whole = round(amounts[0] * probes[0] + amounts[1] * probes[1], 6)
        elif not sites or sites < 2 or len(per) != 1 or _RAMUS_ONCE.match(self.text, ends[1]) is None:
            return False
        else:
            n = sites if _LATERAL_BRANCH.search(per[0].group(0)) else sites - 1
            whole = round(amounts[0] * n + amounts[1], 6)
        if amounts is m.volumes:
            m.volume = whole
        else:
            m.mass = whole
        m.per_site, m.sites = False, None
        return True

    def _probe_sites(self, per: list[re.Match[str]], ends: list[int], s: int) -> tuple[int, int] | None:
        """`per`: the per-site phrases up to the second amount's end. (lateral branches, probes) for a per-lateral-branch amount and a second amount at each probe after it ('1 mL
        of 2% lidocaine per lateral branch and 1 mL at each probe', '... 1 mL at each cannula'; round 21, gap21): the
        first is given at each lateral branch listed, the second at every probe, which are those branches and the
        dorsal ramus when the sentence or the one before names it (lexicon `drug_probe_site_word`). The probe phrase
        must follow the second amount right after it ('... and 1 mL at the dorsal ramus before each probe was lesioned'
        is the ramus's amount). None for any other pair of per-site phrases."""
        e = self.ctx.idx.sentence_at(s)[1]
        per = per + list(self.p["per_site"].finditer(self.text, ends[1], e))  # the second amount's phrase after it
        if len(per) != 2 or not _LATERAL_BRANCH.search(per[0].group(0)) or per[1].start() < ends[0] \
                or self.text[ends[1]:per[1].start()].strip() or not _PROBE_SITE.search(per[1].group(0)):
            return None
        lateral = self._lateral_branches(s, e)
        if not lateral:
            return None
        ps = self.ctx.idx.sentence_at(s - 1)[0] if s > 0 else s
        return lateral, lateral + (1 if _RAMUS_NAMED.search(self.text, ps, e) else 0)

    def _per_site_leads(self, m: DrugMention, s: int, at: int) -> bool:
        """A per-site phrase ahead of the drug in its sentence and another drug named between it and `at` ('At each
        site 1.5 mL of 0.5% bupivacaine with methylprednisolone 40 mg divided among the three sites', 'At every target
        1 mL of 0.25% bupivacaine, and Depo-Medrol 40 mg shared among the three targets'; round 20, gap20b): the
        division at `at` is the other drug's, whether or not a verb closes this drug's clause first. Not when the drug's
        whole is told before the other drug ('Each trigger point ...: 2 mL of a mixture of 0.25% bupivacaine (4 mL total,
        10 mg) with triamcinolone 10 mg total, split evenly ...': the bracket is the whole)."""
        nxt = next((d.start_char for d in self.ctx.spans("DRUG") if m.span.end_char < d.start_char < at), None)
        return nxt is not None and self.p["per_site"].search(self.text, s, m.span.start_char) is not None \
            and _TOTAL_NEAR.search(self.text, m.span.end_char, nxt) is None

    def _cumulative_agrees(self, m: DrugMention, s: int, e: int) -> bool:
        """A summing clause after the drug's own amount names the same drug with that amount times the sites ("Each
        side received lidocaine 1% 1.5 mL and Kenalog 10 mg, for a total of 20 mg of triamcinolone and 30 mg of
        lidocaine"): the amount before it is one site's share, and the summed amount restates the whole
        (`_without_restated_whole` drops it). Only when the arithmetic agrees; "Kenalog 40 mg at both levels, for a
        total of 40 mg of triamcinolone" keeps its 40 mg whole (round 19, sr19, fdd-h-gon-01)."""
        summed = self._summed_after(m, e)
        if summed is None:
            return False
        stated, sites = self._sites(s, e)
        return bool(stated and sites and sites > 1 and abs(m.masses[0] * sites - summed) < 1e-6)

    def _cumulative_is_own(self, m: DrugMention, s: int, e: int) -> bool:
        """A summing clause after a per-site amount that totals the same drug at that very amount ("Kenalog 40 mg given
        at each knee, for a total of 40 mg of triamcinolone"): the stated total and the per-site arithmetic disagree,
        and the stated total wins, as a stated total wins over the per-muscle sum of a toxin (corpora/README): it is
        the amount the note commits to for the session, and the lower one, so no more is billed than the note states
        in so many words (round 19, r2b)."""
        summed = self._summed_after(m, e, adjacent=False)
        if summed is None or abs(m.masses[0] - summed) > 1e-6:
            return False
        stated, sites = self._sites(s, e)
        return bool(stated and sites and sites > 1)

    def _summed_after(self, m: DrugMention, e: int, adjacent: bool = True) -> float | None:
        """The amount of `m`'s drug in a summing clause right after `m`'s only amount ("..., for a total of 20 mg of
        triamcinolone"), the drug named after the amount; None without one. Not `adjacent`: words with no number
        and no drug may stand between ("40 mg was placed in each knee, for a total of ...")."""
        if len(m.masses) != 1 or not m.mass_ends:
            return None
        x = _CUMULATIVE_WHOLE.search(self.text, m.mass_ends[0], e)
        if x is None:
            return None
        between = self.text[m.mass_ends[0]:x.start()]
        if between.strip(" ,") != "" if adjacent else (any(c.isdigit() for c in between) or any(
                m.mass_ends[0] <= d.start_char < x.start() for d in self.ctx.spans("DRUG"))):
            return None
        nxt = min((d for d in self.ctx.spans("DRUG") if x.end() <= d.start_char < e), key=lambda d: d.start_char,
                  default=None)
        if nxt is None:
            return None
        # the amounts of the summing clause, each with the drug named after it ("20 mg of triamcinolone and 30 mg of
        # lidocaine"): the one whose drug is this one's generic
        for q in self._quantities(x.end(), e):
            if q.kind != "mass" or q.unit != m.mass_unit:
                continue
            named = min((d for d in self.ctx.spans("DRUG") if q.end <= d.start_char < e), key=lambda d: d.start_char,
                        default=None)
            if named is None or named._.meta.get("generic") != m.generic \
                    or not _OF_BEFORE_NAME.fullmatch(self.text, q.end, named.start_char):
                continue
            return q.value
        return None

    def _totals_next_drug(self, m: DrugMention, near: str, after: int, end: int) -> bool:
        """Whether a total word closing the window `near` (ending at `end` of the text) totals the next drug named
        after it, not `m`: "... with 1 mL of 0.25% bupivacaine was injected, for a total of 40 mg of triamcinolone"."""
        if not _TOTAL_OF_NEXT.fullmatch(near, after):
            return False
        nxt = min((d for d in self.ctx.spans("DRUG") if d.start_char >= end), key=lambda d: d.start_char, default=None)
        return nxt is not None and nxt._.meta.get("generic") != m.generic \
            and _TOTAL_OF_NEXT.fullmatch(near[after:] + self.text[end:nxt.start_char]) is not None

    def _each_site_opens(self, s: int, e: int) -> bool:
        """Whether a per-site phrase opens the sentence, or the clause of it where its drugs begin ("22 g needles to
        ea. foramen: R L4/5, ..., L L5/S1, at ea. site Omnipaque 0.5 mL ...; then Kenalog-40 ..."): it speaks for every
        clause after it, semicolons too."""
        if _EACH_SITE_OPENS.match(self.text, s):
            return True
        first = min((x.start_char for x in self.ctx.spans("DRUG") if s <= x.start_char < e), default=e)
        return any(_EACH_SITE_OPENS.match(self.text, m.end()) for m in _CLAUSE_OPEN.finditer(self.text, s, first))

    def _mixture_total(self, mentions: list[DrugMention], qtys: list[Qty]) -> None:
        """'Dexamethasone 10 mg/mL, 1 mL, mixed with 1% lidocaine (3 mL total)', 'Kenalog-40 1 mL with 0.25% bupivacaine
        (4 mL total)' (round 20, gap20): a bracketed total right after the last drug of a mixture is the mixture's
        volume, not that drug's own. Its own volume is the total less the other drugs' volumes (a volume, or a mass over
        its strength); when one of those is unknown ('dexamethasone 10 mg mixed with ...') its volume is unknown too. A
        drug with a volume of its own ('1.5 mL of 0.5% bupivacaine ... at each nerve (4.5 mL total)'), a ratio mixture's
        parts and a lone drug's bracketed total ('1% lidocaine (3 mL total)') are read as before."""
        parts = [m for m in mentions if m.role != "contrast"]
        if len(parts) < 2 or parts[-1].mass is not None:
            return
        last, before = parts[-1], parts[-2]
        total = next((q for q in last.fallback if q.kind == "volume" and q.paren
                      and last.span.end_char <= q.start <= last.span.end_char + 30), None)
        if total is None or last.volume not in (None, total.value) or last.span.start_char - before.span.end_char > 60 \
                or not _MIX_LINK.search(self.text, before.span.end_char, last.span.start_char) \
                or _RATIO_MIX.search(self.text, before.span.start_char - 40, last.span.start_char):
            return  # ('1.5 mL of 0.5% bupivacaine ... at each nerve (4.5 mL total)': its own volume at each site;
            # 'a 1:1 mixture of ... (three muscles, 6 mL total)': shares of the whole)
        opens = self.text.rfind("(", last.span.end_char, total.start)
        shut = _MIX_TOTAL_PAREN.match(self.text, opens) if opens >= 0 else None
        if shut is None or any(opens < d.start_char < shut.end() for d in self.ctx.spans("DRUG")) \
                or sum(opens < q.start < shut.end() for q in qtys) != 1:
            return  # '(total 4 mL bupi, 40 mg methylpred)': each drug's own total, restated
        last.fallback.remove(total)
        others = []
        for o in parts[:-1]:
            if o.volume is not None:
                others.append(o.volume)
            elif o.mass is not None and o.conc_value and o.conc_unit == o.mass_unit:
                others.append(o.mass / o.conc_value)
            else:
                others.append(None)
        rest = None if None in others else round(total.value - sum(others), 6)
        last.volume = rest if rest is not None and rest > 0 else None

    def _ratio_mixture(self, mentions: list[DrugMention], qtys: list[Qty], s: int, e: int) -> list[DrugMention]:
        """"0.5 mL of a 1:1 mixture of 2% lidocaine and Kenalog 40 into each joint": the components
        have no volumes of their own, so each gets its share of the injected volume (written before the mixture, or
        after both components: "a 1:1 mix of Kenalog 40 and 0.5% bupivacaine, 1 mL per level"). Round 22 (gap22): the
        shares told in words ('equal parts', 'a 50/50 mix'), the components named before the ratio ('Kenalog-40 and 1%
        lidocaine were mixed in equal volumes; 2 mL ... at each level'), and the injected volume told in the next
        sentence when this one gives none ('A 1:1 mixture of ... was prepared. 1 mL was injected at each level.', that
        sentence naming no drug; its per-site phrase counts). The parts given a share are returned: their share is
        given where the injected volume went, so a per-site phrase of the sentence covers them."""
        m = _RATIO_MIX.search(self.text, s, e)
        if m is None:
            return []
        usable = [x for x in mentions if x.role != "contrast"]
        later = [x for x in usable if x.span.start_char > m.end()][:2]
        before = [x for x in usable if x.span.end_char <= m.start()][-2:]
        named_before = len(later) < 2 and len(before) == 2  # "Kenalog-40 and 1% lidocaine were mixed in equal volumes"
        vols = [q for q in qtys if q.kind in ("volume", "solution_volume")]
        if named_before:
            injected = [q for q in vols if q.start >= m.end()][:1]
        else:
            injected = [q for q in vols if q.end <= m.start()]
            if not injected and len(later) == 2:  # "a 1:1 mixture of Kenalog 40 and 0.5% bupivacaine, 1 mL per level"
                injected = [q for q in vols if q.start >= later[1].span.end_char][:1]
        told_next = None
        if not injected:
            if any(x.volume or x.mass for x in usable):
                return []
            told_next = self._ratio_volume_next(e)
            if told_next is None:
                return []
        vol = injected[-1].value if injected else told_next[0]
        pool = before if named_before else [x for x in usable if x.span.start_char > m.end()]
        # a volume a component took only from a bracket after the mixture ("(three muscles, 6 mL total)") restates the
        # whole, and is no volume of its own
        parts = [x for x in pool if x.mass is None
                 and (x.volume in (None, vol) or any(q.kind == "volume" and q.value == x.volume for q in x.fallback))][:2]
        a, b = (1.0, 1.0) if m.group("eq") else (_spoken(m.group("a")) or 0.0, _spoken(m.group("b")) or 0.0)
        if len(parts) != 2 or a <= 0 or b <= 0:
            return []
        for part, share in zip(parts, (a / (a + b), b / (a + b))):
            part.volume = round(vol * share, 6)
            part.bare = False
            part.evidence.append(self.ctx.ev(m.start(), m.end()))
            if told_next is not None and told_next[1]:
                part.per_site, part.sites = True, told_next[1]
        for mnt in mentions:  # the injected volume is the mixture's, not a drug's own
            if mnt not in parts and mnt.volume == vol and mnt.mass is None and mnt.conc_value is None:
                mnt.volume = None
        return parts if told_next is None else []

    def _ratio_volume_next(self, e: int) -> tuple[float, int | None] | None:
        """(volume, sites or None) of the sentence right after a ratio mixture's that names no drug and gives one volume
        ('1 mL was injected at each level.', '2 mL of the mix went to each foramen.'); None otherwise."""
        nxt = self._next_sentence(e)
        if nxt is None or self.ctx.in_sentence(self.ctx.spans("DRUG"), nxt[0]):
            return None
        vols = [q for q in self._quantities(*nxt) if q.kind in ("volume", "solution_volume")]
        if len(vols) != 1:
            return None
        per_site, sites = self._sites(*nxt)
        return vols[0].value, (sites if per_site and sites and sites > 1 else None)

    def _remainder_told_next(self, mentions: list[DrugMention]) -> None:
        """'Test dose of 1 mL lidocaine 1% negative.' + 'The remaining 4 mL were then given.' (round 20, gap20b): the
        rest of a test dose's drug told in a sentence of its own right after, naming no drug, adds to the drug the test
        dose named (the first drug after 'test dose' in that sentence; dosed by a volume, not per site or as a share).
        As in the sentence itself (`_remainder_after_test_dose`), the remainder must be given (a verb of giving after
        the volume or before 'remaining'); a remainder discarded or a test dose naming no drug adds nothing."""
        drugs = self.ctx.spans("DRUG")
        idx = self.ctx.idx
        for m in mentions:
            if m.volume is None or m.mass is not None or m.per_site or m.solution_fraction is not None \
                    or m.role in ("contrast", "sedative"):
                continue
            s, e = idx.sentence_at(m.span.start_char)
            test = _TEST_DOSE_ANY.search(self.text, s, m.span.start_char)
            if test is None or any(test.end() <= d.start_char < m.span.start_char for d in drugs):
                continue  # (the drug named right after the test dose is the one whose rest is given)
            ns = e
            while ns < len(self.text) and self.text[ns] in " \t\r\n":
                ns += 1
            if ns >= len(self.text):
                continue
            s2, e2 = idx.sentence_at(ns)
            if s2 < e or self.ctx.in_sentence(drugs, s2) or _TEST_DOSE_ANY.search(self.text, s2, e2):
                continue
            for x in self.p["volume"].finditer(self.text, s2, e2):
                v = _spoken(x.group("num"))
                if v and _REMAINING_GIVEN_BEFORE.search(self.text, max(s2, x.start() - 40), x.start()) and (
                        _GIVEN_AFTER_REMAINDER.match(self.text, x.end())
                        or _GIVING_BEFORE_REMAINDER.search(self.text, max(s2, x.start() - 40), x.start())):
                    m.volumes.append(v)
                    m.volume += v
                    m.evidence.append(self.ctx.ev(x.start(), x.end()))
                    break

    def _toxin_units_in_next_sentence(self, mentions: list[DrugMention]) -> None:
        """"A 100-unit vial of Botox was reconstituted ... 80 units were injected ...; 20 units were
        discarded": a toxin's units are often given in the sentences after the one naming it, one muscle a line in a
        template ("Right trapezius 25 units" / "Left trapezius 25 units" / "Total: 50 units"), and what was
        discarded after them."""
        bounds = self.ctx.idx.sent_bounds
        # another drug read today ends the toxin's run; one named only in its history ('refractory to ... repeated
        # lidocaine TPIs', not read as given) does not (round 21, dose21, d1-013)
        read = [x.span for x in mentions]
        for m in mentions:
            if m.role != "toxin":
                continue
            s, e = self.ctx.idx.sentence_at(m.span.start_char)
            vm = _VIAL_UNITS.search(self.text, s, e)
            vial = bool(vm or _VIAL.search(self.text, s, e))  # "Botox 100 units reconstituted ...": the vial, not the dose
            # "Botox 100 units reconstituted ...; 25 units to each of the 4 muscles": the vial's sentence gives the share
            # per muscle too, so it is dosed there; a later 'All 100 units administered' restates it (round 21, dose21b)
            own_share = vial and bool(m.per_site) and m.mass is not None and m.mass_unit == "units" \
                and not (vm and float(vm.group("n") or vm.group("n2")) == m.mass)
            if vm:
                m.vial = float(vm.group("n") or vm.group("n2"))
            elif vial and m.mass is not None and m.mass_unit == "units" and not own_share:
                m.vial = m.mass
            dosed = m.mass is not None and (not vial or own_share)  # "Botox 80 units injected." + "Wasted: 20 units."
            found: list[Qty] = []
            after_run = 0
            column = False  # under a table header naming a units column ("Muscle | Units")
            opened = False  # past a sentence opening a list ("... the toxin was placed as follows:")
            per_side = False  # that sentence says each row's amount went to each side
            for i, (ns, ne) in enumerate(b for b in bounds if b[0] >= e):
                if i >= _TOXIN_LOOKAHEAD or (dosed or not found) and i >= 2 and not column and not opened \
                        or after_run > 2 or self.ctx.in_sentence(read, ns):
                    break
                if not found and self.text[ns:ne].rstrip().endswith(":"):
                    opened = True  # "Dosing, each side (right and left):": the rows below are one side's (round 22)
                    per_side = per_side or bool(_LIST_PER_SIDE.search(self.text, ns, ne))
                discarded, remainder, discarded_ml = self._discard(ns, ne)
                if discarded is not None:
                    m.discarded, m.discarded_ml = discarded, discarded_ml
                m.remainder_discarded = m.remainder_discarded or remainder
                if dosed:
                    continue
                line_end = ns + len(self.text[ns:ne].rstrip())
                if not found and _UNITS_COLUMN.match(self.text, ns, line_end):
                    column = True
                    continue
                units = [q for q in self._quantities(ns, ne) if q.kind == "mass" and q.unit == "units"] \
                    if not after_run else []
                row = _UNITS_ROW.search(self.text, ns, line_end) if column and not units and not after_run else None
                if row:  # "Left upper trapezius | 30" under "Muscle | Units"
                    units = [Qty(row.start("n"), row.end("n"), "mass", float(row.group("n")), "units", row.group("n"))]
                if units and not found:  # "Dosing, each side (right and left):" + rows, split as one sentence
                    head = self.text[ns:units[0].start]
                    per_side = per_side or (":" in head and bool(_LIST_PER_SIDE.search(head)))
                if units:
                    found += units
                elif found:
                    after_run += 1
            if not found:
                continue
            if per_side and any(_ROW_SIDE.search(self.text, *self.ctx.idx.line_at(q.start)) for q in found):
                per_side = False  # 'Right trapezius 25 units' under 'Per side:': the rows tell their own sides
            m.mass, m.mass_unit, m.bare = self._toxin_total(found, 2 if per_side else 1), "units", False
            m.evidence += [self.ctx.ev(q.start, q.end) for q in found]

    def _guidance_field(self, d: Span) -> bool:
        """Contrast on the line of an 'Imaging:' field whose value opens with today's guidance ("Imaging: fluoroscopy;
        Omnipaque 180 0.5 mL total", "IMAGING: C-arm fluoroscopy with 0.8 mL Omnipaque 240"): given today, though the
        header reads as the imaging-studies section (an MRI or CT study there names no guidance first)."""
        if d._.meta.get("role") != "contrast":
            return False
        sec = self.ctx.idx.section_at(d.start_char)
        return sec.category == "imaging" and "\n" not in self.text[sec.body_start:d.start_char] \
            and _GUIDANCE_VALUE.match(self.text, sec.body_start) is not None

    def _amounts_at_named_levels(self, m: DrugMention, e: int) -> bool:
        """Each of the drug's amounts placed at a level of its own ("40 mg ... was given at the L5-S1 foramen and 20 mg
        (0.5 mL) at the S1 foramen", "Depo-Medrol 40 mg at L4-5 and 20 mg at L5-S1"): separate administrations that
        add up, not a total and its per-site share, even when a per-site word follows ("each followed by a flush")."""
        if len(m.mass_ends) < 2:
            return False
        levels = []
        for i, end in enumerate(m.mass_ends):
            stop = min(e, m.mass_ends[i + 1]) if i + 1 < len(m.mass_ends) else e
            lm = _AT_LEVEL.search(self.text, end, stop)
            if lm is None:
                return False
            levels.append(re.sub(r"\W", "", lm.group("lv").upper()))
        return len(set(levels)) == len(levels)

    def _vial_told_after(self, mentions: list[DrugMention]) -> None:
        """"Injectate: Kenalog 40 mg ..." + "Single-use vial(s); nothing wasted." / "SDV, 0 mg wasted." / "The steroid
        came from a single-dose vial; none was discarded.": the container and what was discarded, told in sentences
        of their own after the drug sentences (of the same section, before another drug is named), are those of the
        drugs named since the last such statement; a drug whose own sentence tells them keeps its own. Contrast and
        sedatives come from no vial a note accounts for."""
        idx = self.ctx.idx
        # "The steroid came from ...": a drug named by its class only is the same drug, no other; nor is the contrast
        # of a check between the drugs and their vial ("Omnipaque 240 1 mL confirmed the spread.")
        drug_spans = [d for d in self.ctx.spans("DRUG") if not d._.meta["generic"].startswith("unspecified")
                      and d._.meta.get("role") != "contrast"]
        groups: dict[int, list[DrugMention]] = {}
        for m in mentions:
            if m.role not in ("contrast", "sedative"):
                groups.setdefault(idx.sentence_at(m.span.start_char)[1], []).append(m)
        if not groups:
            return
        bounds = idx.sent_bounds
        pending: list[DrugMention] = []
        for end, group in sorted(groups.items()):
            section = idx.category_at(group[0].span.start_char)
            pending = [m for m in pending if idx.category_at(m.span.start_char) == section] + group
            told = False
            for ns, ne in [b for b in bounds if b[0] >= end][:_VIAL_LOOKAHEAD]:
                cat = idx.category_at(ns)
                if (cat != section and not (cat is None and ns == end)) or self.ctx.in_sentence(drug_spans, ns):
                    break  # (a sentence straight after the drug's, outside any section, still tells its vial)
                kind = _container(self.text, ns, ne)
                discarded, remainder, discarded_ml = self._discard(ns, ne)
                if remainder and discarded is None:  # "The remaining half of the vial was discarded." (round 22)
                    for m in pending:
                        m.remainder_discarded = m.remainder_discarded or (m.vial_ml is not None and m.discarded is None)
                if kind is None and discarded is None:
                    continue
                told = True
                for m in pending:
                    if kind is not None and m.container is None:
                        m.container = kind
                    if discarded is not None and m.discarded is None and not m.remainder_discarded:
                        m.discarded, m.discarded_ml = discarded, discarded_ml
            if told:
                pending = []

    def _toxin_total(self, found: list[Qty], sides: int = 1) -> float:
        """Amounts per muscle add up, each one times the muscles it names ("25 units into each upper trapezius" is
        two, "10 units at each of the 4 sites" four); a stated total wins over the sum when it is not less than the
        amounts it sums ("..., 80 units in all across the four muscles", "for a total of 100 units", "Total: 90 units",
        or first: "Total 100 units: 25 units into each trapezius, ..."). `sides`: 2 when the list's opening line
        says each row is one side's ("Dosing, each side (right and left):"; round 22), so each row counts twice."""
        text = self.text
        last = found[-1]
        if len(found) >= 2:
            between = text[found[-2].end:last.start] + " " + text[last.end:last.end + 14]
            # (also 'All 100 units administered' after the muscles' rows: `_WHOLE_AMOUNT_BEFORE`; round 21, dose21b)
            told_whole = _WHOLE_AMOUNT_BEFORE.search(text, max(found[-2].end, last.start - 30), last.start)
            if (last.paren or _TOXIN_TOTAL.search(between) or told_whole) \
                    and last.value >= sides * sum(q.value for q in found[:-1]) - 1e-9:
                return last.value
            first = found[0]
            if _TOTAL_BEFORE.search(text, max(0, first.start - 25), first.start) \
                    and first.value >= sides * sum(q.value for q in found[1:]) - 1e-9:
                return first.value
            if abs(first.value - sides * sum(q.value for q in found[1:])) < 1e-9 and self._opens_list(first.start):
                return first.value  # "100 units from one vial, all injected:" over its muscles' 40 + 30 + 30 (dose21)
        total = 0.0
        for q in found:
            em = _TOXIN_EACH.match(text, q.end)
            n = 1
            if em:
                count = em.group("n") or em.group("n2") or em.group("n3") or em.group("n4")
                n = int(_spoken(count) or 0) if count else 2
            total += q.value * max(n, 1) * sides
        return total

    def _opens_list(self, at: int) -> bool:
        """The sentence at `at` opens a list by a colon at its end ("100 units from one single-dose vial, all injected,
        none discarded:", "Botox 100 units was placed as follows:"): its amount heads the rows after it (round 21)."""
        s, e = self.ctx.idx.sentence_at(at)
        return self.text[s:e].rstrip().endswith(":") or "as follows" in self.text[s:e].lower()

    def _one_per_generic(self, spans: list[Span]) -> list[Span]:
        """Within a sentence a generic named twice is one administration ("3 mL iopamidol (Isovue-M
        200)"); keep its first mention (quantities near the second still attach to it). Unless another drug or a
        semicolon stands between the two with an amount of the first's own: "1% lidocaine 3 mL skin; Kenalog 40 mg +
        4 mL 1% lidocaine" gives lidocaine twice - but never when the second stands in a bracket opened after the first
        ("1 mL methylprednisolone 80 mg/mL and 1 mL 0.5% ropivacaine (so 40 mg Depo-Medrol per level)")."""
        last: dict[str, Span] = {}
        out: list[Span] = []
        for sp in spans:
            g = sp._.meta["generic"]
            prev = last.get(g)
            if prev is not None:
                between = self.text[prev.end_char:sp.start_char]
                if between.rfind("(") > between.rfind(")"):
                    continue  # named again in a bracket after it: "(so 40 mg Depo-Medrol per level)" restates it
                other = any(prev.end_char <= x.start_char < sp.start_char and x._.meta["generic"] != g for x in spans)
                if not ((other or ";" in between) and _SEPARATE_AMOUNT.search(between)) \
                        and not self._other_strength(prev, sp):
                    continue
            last[g] = sp
            out.append(sp)
        return out

    def _other_strength(self, a: Span, b: Span) -> bool:
        """Two mentions of one drug written with two strengths ('2 mL of 1% lidocaine to the skin and 0.5 mL of 2%
        lidocaine at each nerve', 'Local: 1% lidocaine 3 mL ..., then 2% lidocaine 0.5 mL ...'; round 21, gap21): two
        administrations, since one injectate has one strength. The percentage right before each name or right after it."""
        sa, sb = self._percent_at(a), self._percent_at(b)
        return sa is not None and sb is not None and sa != sb

    def _twin_before_per_site(self, m: DrugMention, e: int) -> bool:
        """The same drug named again later in the sentence at another strength (`_other_strength`), with no per-site
        phrase between the two: the sentence's per-site phrase is the later administration's, this one a whole (round
        21, gap21). A per-site phrase before the later one ('At each nerve 1 mL of 1% lidocaine then 0.5 mL of 2%
        lidocaine') covers both."""
        twin = next((x for x in self.ctx.spans("DRUG") if m.span.end_char <= x.start_char < e
                     and x._.meta.get("generic") == m.generic and self._other_strength(m.span, x)), None)
        s = self.ctx.idx.sentence_at(m.span.start_char)[0]  # (a per-site phrase leading the sentence covers both)
        return twin is not None and self.p["per_site"].search(self.text, s, twin.start_char) is None

    def _percent_at(self, d: Span) -> float | None:
        """The percentage strength written right before a drug's name ('1% lidocaine', '2 % lido') or right after it
        ('lidocaine 1%', 'lidocaine (2%)'), else None."""
        m = _PERCENT_BEFORE.search(self.text, max(0, d.start_char - 12), d.start_char) \
            or _PERCENT_AFTER.match(self.text, d.end_char)
        return float(m.group("p")) if m else None

    def _owner(self, q: Qty, mentions: list[DrugMention]) -> DrugMention | None:
        for m in mentions:  # a strength inside the name ("Omnipaque 240")
            if m.span.start_char <= q.start < m.span.end_char:
                return m
        after = [m for m in mentions if m.span.start_char >= q.end]
        before = [m for m in mentions if m.span.end_char <= q.start]
        if q.kind == "mass" and before and self.text.startswith("/", q.end):
            return before[-1]  # "Depo-Medrol 80mg/4cc 1% lido": the slash parts two drugs' amounts
        if before and q.kind in ("mass", "volume") and "\n" not in self.text[before[-1].span.end_char:q.start] \
                and _DOSE_FORM_BEFORE.search(self.text, before[-1].span.end_char, q.start) \
                and not self.text[q.end:self.ctx.idx.line_at(q.start)[1]].strip(" \t.;,"):  # the amount ends its line
            return before[-1]  # "dexamethasone (DECADRON) injection 10 mg" + newline + "bupivacaine ..."
        if after:
            nxt = after[0]
            gap = self.text[q.end : nxt.span.start_char]
            if len(gap) <= 45 and _GAP_OK.match(gap) and not (  # "Contrast: Omnipaque 240, 2 mL" + newline +
                    "\n" in gap and before and _LINE_OWN_AMOUNT.match(self.text, before[-1].span.end_char, q.start)
                    # (but "triamcinolone 40 mg, 4 mL of 0.25%" + newline + "bupivacaine": 'of' ties it forward)
                    and not _OF_AFTER.match(self.text, q.end)):
                return nxt                                    # "Triamcinolone 80 mg": the line's own drug
        if before:
            return before[-1]
        return after[0] if after else None

    @staticmethod
    def _bracketed_volume(m: DrugMention) -> float | None:
        """A component's volume written in brackets after its mass ("10 mg dexamethasone (1 mL)")."""
        return next((q.value for q in m.fallback if q.kind == "volume"), None) if m.mass is not None else None

    def _per_site_share_of_parts(self, mentions: list[DrugMention], q: Qty, s: int, e: int) -> str | None:
        """Whether a volume written after every part of the sentence has its amount, and given per site, is a share of
        those parts drawn up together: its sites times it is their summed volume ("Kenalog-40 1 mL + 0.5% Marcaine
        1 mL; 1 mL injected per level" at 2 levels; "Syringe: Depo-Medrol 80 mg/mL 1 mL + 2 mL 0.25% bupivacaine;
        1.5 mL at each of 2 levels"): "share". Written without a mixture word, the sum is the evidence; else each
        part's own volume would be given again at every site. A volume equal to the parts' sum restates one site's
        injectate ("Kenalog-40 0.5 mL + 0.5% Marcaine 0.5 mL, 1 mL per site"): "restated". None otherwise."""
        parts = [m for m in mentions if m.role != "contrast"]
        volumes = [m.volume if m.volume is not None else self._bracketed_volume(m) for m in parts]
        if len(parts) < 2 or any(v is None for v in volumes):
            return None
        total = sum(v for v in volumes if v is not None)
        self._use_plan(s, e)
        per_site, sites = self._sites(self._each_label_start(s), e)
        if not per_site or not sites or sites < 2:
            return None
        if abs(q.value - total) < 1e-6:
            return "restated"
        return "share" if abs(q.value * sites - total) < 1e-6 else None

    def _solution(self, mentions: list[DrugMention], volumes: list[Qty], per_site: bool, sites: int | None,
                  s: int, e: int, mixed: bool = False) -> None:
        """Scale component amounts by the share of the mixed solution that was injected. A component's volume may
        be written in brackets after its mass ("a solution of 10 mg dexamethasone (1 mL) and 2 mL 1% lidocaine").
        `mixed`: the sentence's parts are known to be drawn up together (a per-site share that sums them)."""
        bracketed = self._bracketed_volume
        parts = [m for m in mentions if (m.volume or bracketed(m)) and m.role != "contrast"
                 and not self._summed_clause(m, s, e)]  # "..., 6 mL of bupivacaine and 30 mg of ketorolac in all"
        added: list[DrugMention] = []
        if len(parts) == 1 and volumes and (sites or not per_site):
            # "2 mL of a solution of 8 mL 1% lidocaine and ketorolac 30 mg into each of four muscles": a drug added by
            # its mass alone is part of the solution whose volume the other names (round 17, fci-h-tpi-01); only when
            # the shares add up to the whole solution (a mass alone cannot be scaled to a share)
            added = [m for m in mentions if m.mass is not None and m.volume is None and m not in parts
                     and m.role not in ("contrast", "sedative") and not self._summed_clause(m, s, e)]
            parts = parts + added
        per_side_mix = self.sides == 2 and _PER_SIDE_MIXTURE.search(self.text, s, e) is not None
        if len(parts) < 2 or not (mixed or per_side_mix or self.p["solution_cue"].search(self.text, s, e)):
            return
        for m in parts:
            m.volume = m.volume or bracketed(m)
        total = sum(m.volume or 0.0 for m in parts)
        injected: float | None = None
        if any(abs(q.value - total) < 1e-6 and self._whole_told(q, s) for q in volumes):
            # "1 mL was injected through each cannula; all 4 mL was used", "the 3 mL was divided evenly among the four
            # needles": the whole told beside the shares
            for m in parts:
                m.solution_fraction = 1.0
                m.per_site, m.sites = per_site, (sites if per_site else None)
            return
        if volumes and all(abs(q.value - total) < 1e-6 for q in volumes) and not _GIVEN_VERB.search(self.text, s, e):
            # "A 4 mL solution was prepared from 2 mL Kenalog-40 and 2 mL 0.5% bupivacaine": the mixture's size when
            # the sentence only makes it; a share told after it is what was injected (round 21, dose21, d1-005)
            injected, per_site, sites = self._share_told_after(e, per_site, sites, total)
            if injected is None:
                injected = volumes[-1].value
        elif volumes:
            injected = volumes[-1].value
        else:  # "... 1 mL was injected at each level" in the next sentence
            injected, per_site, sites = self._share_told_after(e, per_site, sites, total)
        if injected is None or total <= 0:
            return
        n = (sites or 1) if per_site else 1
        if added and per_site and n > 1 and injected >= total - 1e-6:
            # "each side received 2 mL of a mixture of lidocaine 1% 1.5 mL and Kenalog 10 mg": one site's volume holds
            # all of the parts (one told by its mass alone), so the mixture was made per site and each part was given
            # at every site; the per-site reading takes them (round 19, sr19, fdd-h-gon-01)
            return
        fraction = min(injected * n / total, 1.0)
        if 0.8 <= fraction < 1.0 and _WHOLE_MIXTURE_USED.search(self.text, s, e):
            fraction = 1.0  # "2.3 cc at each of the three nerves, using the whole mixture" of 7 cc: a rounded share
        if per_site and n > 1 and abs(injected - total) < 1e-6 and self.p["per_site"].search(
                self.text, max(m.span.end_char for m in parts), e):
            fraction = float(n)  # "2 mL of a mixture of 1 mL Decadron and 1 mL Marcaine per side": mixed per side
        if per_side_mix and injected * n / total >= 0.5:  # (the sites counted may be one side's or both sides')
            fraction = 2.0  # "a mixture made for each knee of ...", 1 mL at each nerve: each side's mixture, used up
        if added and fraction != 1.0:
            # "each side received 1 mL of a mixture of lidocaine 1% 4 mL and Kenalog 40 mg": a part told by its mass in
            # a brand of known strength (Kenalog-40: 40 mg/mL) has a volume, so the share is known (round 19, r2b)
            branded = {id(m): self._brand_volume(m) for m in added}
            if any(v is None for v in branded.values()):
                return
            for m in added:
                m.volume = branded[id(m)]
            total = sum(m.volume or 0.0 for m in parts)
            fraction = min(injected * n / total, 1.0)
        for m in parts:
            m.solution_fraction = fraction
            m.per_site, m.sites = per_site, (n if per_site else None)

    def _share_told_after(self, e: int, per_site: bool, sites: int | None,
                          total: float) -> tuple[float | None, bool, int | None]:
        """The volume of a mixture injected, told after the sentence making it: in the next sentence naming no drug
        ("... 1 mL was injected at each level"), or in one of the two after it when it names the mixture and the
        sentences between hold no amount and no drug but contrast ("A 4 mL solution was prepared from ... Needles were
        positioned ... and contrast confirmed spread. 1 mL of the solution was injected at each of the three levels";
        round 21, dose21, d1-005), with the rest of the mixture given after a first share not per site (`_rest_shares`,
        gap21). The volume, and the sites of its sentence; (None, ...) when none is told."""
        drugs = self.ctx.spans("DRUG")
        listed = self._rows_closing(e)
        if listed is not None:  # rows of volumes under the sentence's line ("... was injected as follows:" + "L3-4  1 mL")
            return listed, False, None
        for k in range(3):
            if e + 1 >= len(self.text):
                break
            ns, ne = self.ctx.idx.sentence_at(e + 1)
            if ns < e:
                break
            named = self.ctx.in_sentence(drugs, ns)
            qtys = [q for q in self._quantities(ns, ne) if q.kind in ("volume", "solution_volume")]
            if qtys and not named and (k == 0 or _MIXTURE_NAMED.search(self.text, ns, ne)):
                listed = self._level_volumes(qtys)
                if listed is not None:  # "We injected 1 mL at L3-4, 1 mL at L4-5 and 2 mL at L5-S1": the shares add up
                    return listed, False, None
                injected, (per_site, sites) = qtys[0].value, self._sites(ns, ne)
                if not per_site and total > injected:
                    injected += self._rest_shares(qtys[0].end, ne, total - injected)
                return injected, per_site, sites
            if qtys or any(x._.meta.get("role") != "contrast" for x in named):
                break
            e = ne
        return None, per_site, sites

    def _rows_closing(self, e: int) -> float | None:
        """The summed volumes of the rows of levels (or sides) that close the sentence ending at `e`: a first row joined
        to its line after a colon, or rows from the next line (`_rows_of_volumes`); None when none (round 22, dose22b)."""
        last = _LAST_TEXT.search(self.text, max(0, e - 200), e)
        if last is None:
            return None
        ls, le = self.ctx.idx.line_at(last.start())
        top = self._joined_row(ls, le)
        if top is None:
            top = le + 1 if le < e else None
        if top is None:
            return None
        total, rows, _ = self._rows_of_volumes(top)
        return total if rows else None

    def _rest_shares(self, at: int, e: int, left: float) -> float:
        """The rest of a prepared solution given after its first share (round 21, gap21): 'A solution of 2 mL 0.5%
        bupivacaine and 1 mL Kenalog-40 was prepared. 1.5 mL was injected at the right greater occipital nerve. The
        remaining 1.5 mL was injected at the left ...', '..., and the other 1.5 mL at the left', 'The rest was given on
        the left side.' From `at` (after the first share's volume) to the end of its sentence `e`, then the next two
        sentences naming no drug: a volume after a rest word (lexicon `drug_rest_share_before`), given (a verb of giving
        after it) in a sentence of its own, or the rest told given with no amount (`drug_rest_given_whole`: all that
        was `left`). A rest discarded or wasted names no giving verb and adds nothing. At most `left`."""
        rest_before, whole, vol = cue("drug_rest_share_before"), cue("drug_rest_given_whole"), self.p["volume"]

        def rests(a: int, b: int, given: bool) -> list[float]:  # (the quantity reader drops a 'remaining' volume)
            return [_spoken(x.group("num")) or 0.0 for x in vol.finditer(self.text, a, b)
                    if rest_before.search(self.text, max(a, x.start() - 30), x.start())
                    and (not given or _GIVEN_AFTER_REMAINDER.match(self.text, x.end()))]

        extra = sum(rests(at, e, False))  # '..., and the remaining 1.5 mL at the left nerve'
        pos = e
        for _ in range(2):
            nxt = self._next_sentence(pos)
            if nxt is None:
                break
            s2, e2 = nxt
            if s2 < pos or self.ctx.in_sentence(self.ctx.spans("DRUG"), s2):
                break
            if whole.search(self.text, s2, e2):
                return left
            told = rests(s2, e2, True)
            if not told:
                break
            extra += sum(told)
            pos = e2
        return min(extra, left)

    def _vials_given(self, a: int, b: int, s: int, e: int) -> int | None:
        """How many vials a vial's size before them counts, when the vials themselves are what was given ('one 1 mL
        single-dose vial of Depo-Medrol 80 mg/mL was mixed with 2 mL of 1% lidocaine', 'two 1 mL vials of Kenalog-40
        were injected'; round 20, pub20): a count right before the size (never 'from a 1 mL vial', 'drawn from one'),
        the drug's name after 'of' (not its strength: '(two 1 mL single-dose vials of 40 mg/mL, no waste)' restates a
        dose) and a verb of giving or mixing in its clause ('was used' or 'drawn up' may precede the amount given: 'a 1 mL
        vial of dexamethasone 10 mg/mL was used; 1 mL was injected'). None: a size only."""
        count = _VIAL_COUNT_BEFORE.search(self.text, max(s, a - 30), a)
        given = _VIAL_GIVEN_AFTER.match(self.text, b, e) if count is not None else None
        if given is None:
            return None
        n = _VIAL_COUNTS.get(count.group("n").lower())
        if given.group("used") and (n or 0) < 2:
            return None  # 'a 1 mL vial ... was used; 1 mL was injected': one vial used tells no dose, two or more
            # given vials do ('Two 1-mL single-dose vials of Kenalog-40 were used, one vial per knee'; round 21, d1-042)
        return n

    def _vial_share(self, a: int, b: int, s: int, e: int) -> float | None:
        """The share of one vial given, told before the vial's size ('half of a 1 mL single-dose vial of dexamethasone 10
        mg/mL', 'a quarter of the 2 mL vial of Kenalog-40', 'Kenalog 40 mg/mL, half a 1 mL vial', 'the whole 1 mL vial
        of ...'; lexicon `drug_vial_share_word`): the fraction, or None. Not when its clause discards it ('half of the 2
        mL vial was discarded'). Round 22, dose22, d5-050."""
        x = _VIAL_SHARE_BEFORE.search(self.text, max(s, a - 30), a)
        after = _VIAL_OF_AFTER.match(self.text, b, e) if x is not None else None
        if after is None:
            return None
        semi = self.text.find(";", b, e)
        if _WASTE_WORD.search(self.text, b, e if semi < 0 else semi):
            return None
        words = " ".join(x.group("f").lower().replace("-", " ").split())
        words = words[2:] if words.startswith("a ") else words[4:] if words.startswith("one ") else words
        return _SHARE_VALUES.get(words, 1.0)

    def _vial_emptied(self, b: int, e: int) -> float | None:
        """1.0 when a vial's size is followed in its clause by its contents told as used up ('Kenalog-40, 1 mL
        single-dose vial, entire contents injected', 'a 2 mL vial; the whole vial was used'; lexicon `drug_vial_used_up`),
        no waste or other amount between: the whole vial was given. None otherwise (a size only: 'from a 1 mL vial, 0.5 mL injected'). Round 22, dose22c,
        d9-007."""
        used = _VIAL_USED_UP.search(self.text, b, e)
        if used is None or _WASTE_WORD.search(self.text, b, used.start()) or _CLAUSE_AMOUNT.search(self.text, b, used.start()):
            return None  # ('1 mL vial, 0.5 mL discarded, the rest used in full', '1 mL vial; 0.5 mL given, ...')
        return 1.0

    def _whole_told(self, q: Qty, s: int) -> bool:
        """Whether an amount is told as a mixture's whole: 'all 4 mL', 'the entire 5 mL', or 'the 3 mL' shared out ('the
        3 mL was divided evenly among the four needles'; round 20, pub20). The caller asks it equal the parts' sum."""
        before = max(s, q.start - 20)
        return bool(_WHOLE_AMOUNT_BEFORE.search(self.text, before, q.start)
                    or _THE_BEFORE.search(self.text, before, q.start) and _SHARED_OUT_AFTER.match(self.text, q.end))

    @staticmethod
    def _brand_volume(m: DrugMention) -> float | None:
        """The volume of a part told by its mass alone in a brand that names its strength ("Kenalog-40 40 mg": 1 mL);
        None for a generic name or a brand of no one strength."""
        strength = m.span._.meta.get("strength_mg_ml")
        if not strength or m.mass is None or m.mass_unit != "mg":
            return None
        return m.mass / float(strength)

    # --- totals -----------------------------------------------------------------------------

    @staticmethod
    def _dose(m: DrugMention) -> tuple[float | None, str | None, float | None]:
        """(dose, unit, volume) administered in total; micrograms are reported in mg."""
        dose, unit, volume = DrugBuilder._raw_dose(m)
        if unit == "mcg" and dose is not None:
            return round(dose / 1000.0, 6), "mg", volume
        return dose, unit, volume

    @staticmethod
    def _raw_dose(m: DrugMention) -> tuple[float | None, str | None, float | None]:
        factor = 1.0
        if m.solution_fraction is not None:
            factor = m.solution_fraction
        elif m.per_site and m.sites:
            factor = float(m.sites)
        volume = m.volume * factor if m.volume is not None else None
        if m.role == "contrast":
            return (round(volume, 4) if volume is not None else None, "ml" if volume is not None else None,
                    round(volume, 4) if volume is not None else None)
        if m.mass is not None:
            if m.solution_fraction is not None and m.volume:
                return round(m.mass * factor, 4), m.mass_unit, round(volume, 4) if volume else None
            return round(m.mass * (factor if m.solution_fraction is None else 1.0), 4), m.mass_unit, \
                round(volume, 4) if volume is not None else None
        if m.conc_value is not None and volume is not None:
            return round(m.conc_value * volume, 4), m.conc_unit or "mg", round(volume, 4)
        if volume is not None and m.span._.meta.get("dosed_by_volume"):  # a pure agent: its volume is its dose
            return round(volume, 4), "ml", round(volume, 4)
        return None, None, round(volume, 4) if volume is not None else None

    def build(self) -> list[Drug]:
        """One Drug per generic. Separate administrations add up ("3 mL of 1% lidocaine" for the
        skin plus "1 mL of 2% lidocaine at each of 3 sites"); a dose restated in another section is
        counted once; if any administration states no amount, the total is unknown (None)."""
        mentions = self._mentions()
        class_total = self._steroid_class_total(mentions)
        if any(m.role == "steroid" and m.generic != "unspecified_steroid" for m in mentions):
            mentions = [m for m in mentions if m.generic != "unspecified_steroid"]  # "the steroid" = the named one
        dosed_toxins = {m.generic for m in mentions if m.role == "toxin" and not m.bare}
        if dosed_toxins:  # "Trigger point injections with onabotulinumtoxinA." over "Xeomin 100-unit vial ... 15 units each
            # x 4 muscles": a toxin only named, beside another given by amount, is the template's or class's word for it
            mentions = [m for m in mentions if not (m.role == "toxin" and m.bare and m.generic not in dosed_toxins)]
        specific_contrast = any(m.role == "contrast" and m.generic != "contrast" for m in mentions)
        groups: dict[str, list[DrugMention]] = {}
        for m in mentions:
            key = m.generic
            if key == "contrast":
                if not specific_contrast:
                    continue  # "contrast" alone names no drug; Contrast.used records it
                key = next(x.generic for x in mentions if x.role == "contrast" and x.generic != "contrast")
                if self._dose(m)[0] is None:
                    continue  # a bare "contrast" after the agent was named is not another dose
            groups.setdefault(key, []).append(m)
        drugs: list[Drug] = []
        for generic, ms in groups.items():
            ms = self._side_summary_only(ms)
            # a concentration stated in one mention completes a volume stated in another
            conc = next((m for m in ms if m.conc_value is not None), None)
            if conc is not None:
                for m in ms:
                    if m.conc_value is None and m.volume is not None and m.mass is None:
                        m.conc_value, m.conc_unit, m.conc_text = conc.conc_value, conc.conc_unit, conc.conc_text
            doses = [(m, *self._dose(m)) for m in ms]
            if any(d is not None for _, d, _, _ in doses):  # a bare name elsewhere is not another dose,
                # nor is a pump drug named with only its strength ("the pump holds morphine 10 mg/mL")
                dosed_sections = {m.section for m, d, _, _ in doses if d is not None}
                doses = [x for x in doses if x[1] is not None or not (x[0].bare or (
                    x[0].role == "other" and x[0].mass is None and x[0].volume is None
                    and x[0].conc_value is not None))
                    # "ANESTHESIA: 1% lidocaine skin infiltration" over "2 mL 1% lidocaine to the skin" in the body:
                    # a strength alone in a field of its own restates a dose written in another section
                    and not (x[0].mass is None and x[0].volume is None and x[0].section is not None
                             and x[0].section not in dosed_sections)]
            if any(d is not None and not m.vial_strength for m, d, _, _ in doses):
                # (also "Dexamethasone came from a single-dose 1 mL vial of 4 mg/mL" after "dexamethasone 4 mg")
                # "Triamcinolone 10 mg total ... Triamcinolone came from a 40 mg/1 mL single-dose vial": the vial
                # described, not a second dose (round 17, fci-tpi-01)
                doses = [x for x in doses if not x[0].vial_strength]
            doses = self._without_vial_restatement(doses)
            doses = self._without_restated_whole(doses)
            doses = self._without_addendum_restatement(doses)
            total, unit, volume = self._total(doses, self._drug_place)
            primary = next((m for m, d, _, _ in doses if d is not None), ms[0])
            written = next((m.written for m in ms if m.written.lower().replace("-", " ") !=
                            generic.replace("_", " ")), ms[0].written)
            evidence: list[Evidence] = []
            for m in ms:
                evidence += m.evidence
            drugs.append(Drug(
                generic=generic,
                written=written,
                dose=total,
                dose_unit=unit,
                concentration=(primary.conc_text or (conc.conc_text if conc else None)),
                volume_ml=volume,
                per_site=any(m.per_site for m in ms) or None,
                sites=primary.sites if primary.per_site else None,
                route=next((m.route for m in ms if m.route), None),
                # only single-dose containers have a reportable discarded amount
                container=next((m.container for m in ms if m.container), None) or (
                    "single_dose" if self._single_dose_implied(ms, self._discarded(ms, total, unit, doses), unit)
                    else None),
                discarded=self._discarded(ms, total, unit, doses),
                role=primary.role,
                evidence=sorted(evidence, key=lambda x: x.start),
            ))
        if class_total is not None:
            self._fill_from_class_total(drugs, class_total)
        return self._apply_corrections(drugs)

    def _steroid_class_total(self, mentions: list[DrugMention]) -> DrugMention | None:
        """A steroid's total told by its class in a sentence with a total word ('Steroid total therefore 60 mg', 'Total
        steroid dose: 80 mg', '..., for a total steroid dose of 60 mg'; lexicon `drug_toxin_total`) beside exactly one
        named steroid: that steroid's dose when its parts leave it unknown (a 1:1 mixture shared out by level; round 21,
        dose21b, d3-032). The mention, or None."""
        named = {m.generic for m in mentions if m.role == "steroid" and m.generic != "unspecified_steroid"}
        if len(named) != 1:
            return None
        idx = self.ctx.idx
        told = [m for m in mentions if m.generic == "unspecified_steroid" and m.mass is not None and m.mass_unit == "mg"
                and _TOXIN_TOTAL.search(self.text, *idx.sentence_at(m.span.start_char))]
        return told[-1] if len({m.mass for m in told}) == 1 else None

    def _fill_from_class_total(self, drugs: list[Drug], total: DrugMention) -> None:
        """The one named steroid whose dose is unknown takes the class total (`_steroid_class_total`); a dose the
        parts give stays as read."""
        for d in drugs:
            if d.role == "steroid" and d.dose is None and d.generic != "unspecified_steroid":
                d.dose, d.dose_unit = total.mass, "mg"
                d.evidence = sorted([*d.evidence, *total.evidence], key=lambda x: x.start)

    def _single_dose_implied(self, ms: list[DrugMention], discarded: float | None, unit: str | None) -> bool:
        """A drug whose container is not named is read as from a single-dose one when an amount was discarded (only a
        single-dose container's waste is reported: '20 units discarded' is JW), when it is a toxin (vials of units
        are single-dose), or when its waste is told as none beside a named container ('nothing wasted', 'the entire
        vial was used': JZ). 'Triamcinolone 40 mg, all of it injected' names no container: neither JZ nor JW (round
        21, dose21b, d3-011; corpora/README bills JW/JZ for single-dose containers only)."""
        if discarded is None:
            return False
        return discarded > 0 or unit == "units" or self._vial_named(ms)

    def _vial_named(self, ms: list[DrugMention]) -> bool:
        """Whether a container is named in a drug's sentences or the few after them (`_VIAL_LOOKAHEAD`; lexicon
        `drug_vial_word`)."""
        idx, rx = self.ctx.idx, cue("drug_vial_word")
        bounds = idx.sent_bounds
        for m in ms:
            s, e = idx.sentence_at(m.span.start_char)
            after = [b for b in bounds if b[0] >= e][:_VIAL_LOOKAHEAD]
            if rx.search(self.text, s, after[-1][1] if after else e):
                return True
        return False

    def _side_summary_only(self, ms: list[DrugMention]) -> list[DrugMention]:
        """A sentence that sums up what each side got ("... injected 1 mL of a mixture made for each knee from 1 mL of
        Depo-Medrol 40 mg/mL and 2 mL of 1% lidocaine, so each knee received 40 mg of methylprednisolone"): the
        summary is the drug's amount per side; the mixture's parts in the same sentence are how it was made, not
        more doses (round 18, fcw-h-gnb-01)."""
        summaries = {self.ctx.idx.sentence_at(m.span.start_char) for m in ms if m.side_summary and m.mass is not None}
        if not summaries:
            return ms
        return [m for m in ms if m.side_summary or self.ctx.idx.sentence_at(m.span.start_char) not in summaries]

    def _without_vial_restatement(self, doses: list) -> list:
        """Drop a mention whose sentence accounts for the vial ("Dexamethasone drawn from a 10 mg/mL single-dose vial;
        0.4 mL given and the rest discarded", "From a single-use vial of Decadron 10 mg/mL, 4 mg was given, 6 mg
        wasted") when its dose equals that of a mention in another sentence that is no such account: the vial's
        account restates the dose the technique gave (round 19, r2b, fdk-onb-02). Its container and discarded amount
        still count (`build` reads them from every mention). Two accounts, each with its own vial, both stay."""
        given = [x for x in doses if x[1] is not None and not x[0].vial_account]
        if not given:
            return doses

        def sent(m: DrugMention) -> tuple[int, int]:
            return self.ctx.idx.sentence_at(m.span.start_char)

        return [x for x in doses if not (
            x[0].vial_account and x[1] is not None and not x[0].repeat
            and any(abs(y[1] - x[1]) < 1e-6 and y[2] == x[2] and sent(y[0]) != sent(x[0]) for y in given))]

    def _mass_is_whole_of_volume(self, m: DrugMention, sites: int | None) -> bool:
        """A per-site volume of a stated strength with one amount written as the total: "0.5 mL of 0.5% bupivacaine was
        given at each nerve, 5 mg in total" (round 15, fbs-mbb-03). The amount is the whole (strength x volume x
        sites), not one site's share to multiply again; only when the arithmetic agrees."""
        if not (sites and sites > 1 and len(m.masses) == 1 and m.volume and m.conc_value) or m.mass_unit != m.conc_unit:
            return False
        return self._total_follows(m.mass_ends[0]) and abs(m.conc_value * m.volume * sites - m.masses[0]) < 1e-6

    def _total_follows(self, end: int) -> bool:
        """A total word right after an amount ("80 mg total", "5 mg in total"), also past the drug named again ("80 mg
        of triamcinolone in total", "10 mg of dexamethasone overall"; round 19, teach19, fde-tfesi-02)."""
        if _TOTAL_AFTER.match(self.text, end):
            return True
        named = _OF_DRUG_NAME.match(self.text, end)
        return bool(named and _TOTAL_AFTER.match(self.text, named.end()))

    def _without_restated_whole(self, doses: list) -> list:
        """Drop a mention of a drug that restates the whole of its other mentions: "Each joint received 40 mg of
        Depo-Medrol ..., 80 mg methylprednisolone in total" names the steroid twice (brand, then generic), and the
        second amount, marked as the whole, equals the first's per-site dose times the sites; adding it would count the
        dose twice. Only an amount written as a total (a total word in its own clause), not given per site, equal to
        the sum of at least two administrations (or to one per-site dose given at several sites); a second
        administration that happens to say "total" ("40 mg in total into the left joint" after 40 mg into the right)
        stays."""
        dosed = [x for x in doses if x[1] is not None]
        if len(dosed) < 2 or len(dosed) != len(doses):
            return doses

        def s_of(m: DrugMention) -> int:
            return self.ctx.idx.sentence_at(m.span.start_char)[0]

        for x in dosed:
            m, dose, unit = x[0], x[1], x[2]
            others = [y for y in dosed if y is not x]
            cumulative = self._cumulative(m, s_of(m)) or self._opens_with_total(s_of(m))
            if (m.per_site and not cumulative) or any(y[2] != unit for y in others) or not self._written_as_whole(m):
                continue  # (a share of a mixture given at each site, then summed up, is per site and still the whole)
            if abs(sum(y[1] for y in others) - dose) < 1e-6 and (len(others) > 1 or (others[0][0].sites or 1) > 1
                                                                 or (others[0][0].solution_fraction or 1.0) > 1.0
                                                                 or cumulative):
                # (one administration before a clause summing it up: "..., for the whole 6 mL of bupivacaine"; a
                # mixture's share given again on the other side: "..., and the same on the left. Total: ...")
                return others
            part = next((y for y in others if y[0].per_site and (y[0].sites or 1) > 1 and abs(y[1] - dose) < 1e-6), None)
            if part is not None:  # "4 mL total" after "2 mL into each joint", beside a skin dose of its own
                return others
        return doses

    def _opens_with_total(self, s: int) -> bool:
        """The sentence at `s` opens on a totals label or a total word ("Total given: bupivacaine 15 mg, ketorolac
        30 mg", "Altogether 6 mL of bupivacaine and 30 mg of ketorolac were given"): it sums up what was given
        before, also one administration of a mixture shared out site by site (round 18b)."""
        return bool(_TOTALS_LABEL.match(self.text, s) or _TOTAL_OPENS.match(self.text, s))

    def _written_as_whole(self, m: DrugMention) -> bool:
        """A total word ("in total", "total", "altogether", "in all") in the clause that names `m`: from the comma or
        semicolon before the name to the one after it, within its sentence. Also every drug of a sentence opened by a
        totals label ("Totals: dexamethasone 10 mg, bupivacaine 10 mg, Omnipaque 4 mL": the label heads the whole
        list, not its first clause), an amount of `m` told as all of it ("all 40 mg were used", "the entire 40 mg
        given"), and the amount given in a single-dose vial's accounting beside its discarded rest (round 19): the
        arithmetic of `_without_restated_whole` still has to agree."""
        s, e = self.ctx.idx.sentence_at(m.span.start_char)
        if _TOTALS_LABEL.match(self.text, s, m.span.start_char) or _SUPPLY_LABEL.match(self.text, s, m.span.start_char) \
                or _TOTAL_OPENS.match(self.text, s, m.span.start_char):
            return True  # (also a sentence opened by a total word or a summary label: 'Summary: ..., methylpred 80 mg')
        if any(x.end() in m.mass_ends for x in _ALL_OF_AMOUNT.finditer(self.text, s, e)):
            return True
        if m.discarded and m.container == "single_dose" and not m.per_site \
                and any(_GIVEN_AFTER_AMOUNT.match(self.text, x) for x in m.mass_ends):
            return True  # a vial's accounting: "drawn from one 40 mg single-dose vial; 20 mg given, 20 mg discarded"
            # names what was given in all (round 19, teach19; the arithmetic of `_without_restated_whole` still agrees;
            # "1 mL more ... from a single-dose vial, nothing wasted" is another administration)
        a = max(self.text.rfind(",", s, m.span.start_char), self.text.rfind(";", s, m.span.start_char), s - 1) + 1
        ends = [i for i in (self.text.find(",", m.span.end_char, e), self.text.find(";", m.span.end_char, e)) if i >= 0]
        end = min(ends, default=e)
        return _TOTAL_NEAR.search(self.text, a, end) is not None or _VIAL_USED_UP.search(self.text, a, end) is not None \
            or self._cumulative(m, s)

    @staticmethod
    def _discarded(ms: list[DrugMention], total: float | None, unit: str | None,
                   doses: list | None = None) -> float | None:
        """The amount written as discarded; else, for "the remainder of the vial was discarded", the toxin vial's size
        less the units given (nothing when the vial's size is not written or the dose fills it). Administrations that
        each tell their own vial's waste in their own sentence add it, as their doses add (`_own_vials_waste`)."""
        summed = _own_vials_waste(doses or [], total, unit)
        if summed is not None:
            return summed
        held = next((m for m in ms if m.discarded is not None), None)
        written = held.discarded if held is not None else None
        if held is not None and held.discarded_ml and written and unit != "mL":
            # "10 mg/mL vial; 0.5 mL discarded": a volume of a drug dosed by mass is its strength times the volume
            strength = next((m.conc_value for m in ms if m.conc_value and m.conc_unit == unit), None)
            return round(written * strength, 4) if strength else None
        if written is None and total and any(m.remainder_discarded for m in ms) and unit != "units":
            # "half of a 1 mL single-dose vial of dexamethasone 10 mg/mL ... The remaining half was discarded" (round 22)
            shared = next((m for m in ms if m.vial_ml and m.conc_value and m.conc_unit == unit), None)
            vial = shared.vial_ml * shared.conc_value if shared else None
            return round(vial - total, 4) if vial and vial > total + 1e-9 else None
        if written is not None or not any(m.remainder_discarded for m in ms) or unit != "units" or not total:
            return written
        vial = next((m.vial for m in ms if m.vial), None)
        return vial - total if vial and vial > total else None

    def _drug_field(self, m: DrugMention) -> str | None:
        """The drug field whose line names `m` ('12. CONTRAST: Omnipaque 240, 3 mL', 'Medications | ...', 'Injectate:'):
        a numbered or tabled form the sections do not split still keeps its fields apart, so the contrast field and
        the medication list restating the same amount are one administration (round 17b, e3, dev_fresh_cq). Only
        fields named for the drugs: 'Level 1:' / 'Level 2:' rows with equal amounts are two injections."""
        line = self.text.rfind("\n", 0, m.span.start_char) + 1
        x = _DRUG_FIELD_LABEL.match(self.text, line, m.span.start_char)
        return " ".join(x.group("label").lower().split()) if x else None

    def _drug_place(self, m: DrugMention) -> tuple[str | None, bool]:
        """The drug field naming `m` (`_drug_field`) and whether the mention is the skin's local ('Skin anesthesia: 1%
        lidocaine, 1 mL per needle (3 mL)', 'a skin wheal with ...'; lexicon `skin_local_use`, read in the field label
        or the mention's clause): a skin dose and an injectate dose of the same amount are two administrations, never
        one restated (round 20, pub20c, fdu-tfesi-02)."""
        field = self._drug_field(m)
        line = self.text.rfind("\n", 0, m.span.start_char) + 1
        s, e = self.ctx.idx.sentence_at(m.span.start_char)
        cs = max(s, line, self.text.rfind(";", s, m.span.start_char) + 1)
        ce = self.text.find(";", m.span.end_char, e)
        cs, ce = self._list_item(m, cs, e if ce < 0 else ce)
        # ... not a step told as done before ('after the skin wheal the joint was entered and Kenalog 40 mg ...')
        skin = any(not _AFTER_STEP.search(self.text, max(cs, x.start() - 30), x.start())
                   for x in cue("skin_local_use").finditer(self.text, cs, ce))
        return field, skin

    def _list_item(self, m: DrugMention, cs: int, ce: int) -> tuple[int, int]:
        """`m`'s item in a list of drugs told in one clause ('MEDICATIONS: Depo-Medrol 80 mg, lidocaine 1% 2 mL for
        skin, normal saline 3 mL'): from the comma after the drug named before it to the comma before the drug named
        after it, so the skin's local of one item is not the steroid's (round 22, pub22, d7-004)."""
        a, b, text = m.span.start_char, m.span.end_char, self.text
        for x in self.ctx.spans("DRUG"):
            if x._.meta["generic"] == m.generic or not cs <= x.start_char < ce:
                continue
            if x.end_char <= a:
                comma = text.find(",", x.end_char, a)
                cs = max(cs, comma + 1) if comma >= 0 else cs
            elif x.start_char >= b:
                comma = text.rfind(",", b, x.start_char)
                ce = min(ce, comma) if comma >= 0 else ce
        return cs, ce

    @staticmethod
    def _total(doses: list, field_of=None) -> tuple[float | None, str | None, float | None]:
        seen: set[tuple[object, float, str | None, float | None]] = set()
        total = 0.0
        unit: str | None = None
        volume = 0.0
        has_volume = False
        for m, dose, u, vol in doses:
            if dose is None:
                return None, None, (round(volume, 4) if has_volume else None)
            key = ((m.section, field_of(m) if field_of else None), dose, u, vol)
            if not m.repeat and any(k[1:3] == key[1:3] and k[0] != key[0] and (k[3] is None or vol is None or k[3] == vol)
                                    and _same_use(k[0][1], key[0][1]) for k in seen):
                continue  # the same amount restated in another section (not "2 mL of 1%" beside "1 mL of 2%")
            seen.add(key)
            if unit is not None and u != unit:
                return None, None, None
            unit = u
            total += dose
            if vol is not None:
                volume += vol
                has_volume = True
        return round(total, 4), unit, (round(volume, 4) if has_volume else None)
