"""Worked examples: facts → exact code lines (code, modifiers, units) for every family.

Each case is the smallest set of facts that decides the code; expected lines are written
'CODE-MOD-MOD xUNITS' in claim order. Medicare, office (POS 11), DOS 2025-03-01 unless the case
says otherwise. All facts are fictional.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding.engine import propose
from coding.facts import NoteFacts
from coding.result import CodingResult

DOS = dt.date(2025, 3, 1)
FLUORO = {"imaging": {"modality": "fluoroscopy"}}
CT = {"imaging": {"modality": "ct"}}
US_SAVED = {"imaging": {"modality": "ultrasound", "saved_images": True}}
US_UNSAVED = {"imaging": {"modality": "ultrasound", "saved_images": False}}


def lv(spec: str) -> dict[str, Any]:
    """'L4-L5' (joint), 'L5:root', 'L1:body', 'L5-S1@left' (side)."""
    spec, _, side = spec.partition("@")
    name, _, kind = spec.partition(":")
    out: dict[str, Any] = {"name": name, "kind": kind or "joint"}
    if side:
        out["side"] = side
    return out


def P(family: str, *levels: str, side: str | None = None, **fields: Any) -> dict[str, Any]:
    """One procedure; `levels` in lv() notation, `nerves`/`muscles` as lists of names."""
    out: dict[str, Any] = {"family": family, "levels": [lv(x) for x in levels]}
    if side:
        out["laterality"] = side
    for key in ("nerves", "muscles"):
        if key in fields:
            out[key] = [{"name": n} if key == "nerves" else {"value": n} for n in fields.pop(key)]
    out.update(fields)
    return out


def facts(*procedures: dict[str, Any], pos: str = "11", drugs: list[dict[str, Any]] | None = None,
          dos: str | None = None) -> NoteFacts:
    encounter: dict[str, Any] = {"place_of_service": pos}
    if dos:
        encounter["date_of_service"] = dos
    return NoteFacts.model_validate({"encounter": encounter, "procedures": list(procedures), "drugs": drugs or []})


def lines(result: CodingResult) -> list[str]:
    return ["-".join([c.code, *c.modifiers]) + f" x{c.units}" for c in result.codes]


def code(note: NoteFacts, payer: str = "medicare", dos: dt.date = DOS) -> list[str]:
    return lines(propose(note, payer=payer, date_of_service=dos))


CASES = [
    # --- interlaminar / caudal ---------------------------------------------------------------
    ("ilesi lumbar fluoro", [P("interlaminar_epidural", "L4-L5", region="lumbar", approach="interlaminar", **FLUORO)], "medicare", "11", ["62323 x1"]),
    ("ilesi lumbar no imaging", [P("interlaminar_epidural", "L5-S1", approach="interlaminar")], "medicare", "11", ["62322 x1"]),
    ("ilesi cervical fluoro", [P("interlaminar_epidural", "C7-T1", approach="interlaminar", **FLUORO)], "medicare", "11", ["62321 x1"]),
    ("ilesi thoracic no imaging", [P("interlaminar_epidural", "T10-T11")], "medicare", "11", ["62320 x1"]),
    ("caudal fluoro", [P("interlaminar_epidural", approach="caudal", **FLUORO)], "medicare", "11", ["62323 x1"]),
    ("caudal ct", [P("interlaminar_epidural", approach="caudal", **CT)], "medicare", "11", ["62323 x1"]),
    ("catheter lumbar fluoro", [P("interlaminar_epidural", "L3-L4", catheter_left_in_place=True, **FLUORO)], "medicare", "11", ["62327 x1"]),
    ("catheter cervical no imaging", [P("interlaminar_epidural", "C6-C7", catheter_left_in_place=True)], "medicare", "11", ["62324 x1"]),
    ("ilesi left paramedian: no side modifier", [P("interlaminar_epidural", "L4-L5", side="left", **FLUORO)], "medicare", "11", ["62323 x1"]),
    ("ilesi ultrasound is not fluoro/ct", [P("interlaminar_epidural", "L4-L5", **US_SAVED)], "medicare", "11", ["62322 x1"]),
    # --- transforaminal ----------------------------------------------------------------------
    ("tfesi L5 root left", [P("transforaminal_epidural", "L5:root", side="left", **FLUORO)], "medicare", "11", ["64483-LT x1"]),
    ("tfesi two levels right", [P("transforaminal_epidural", "L4-L5", "L5-S1", side="right")], "medicare", "11", ["64483-RT x1", "64484-RT x1"]),
    ("tfesi two levels bilateral", [P("transforaminal_epidural", "L4-L5", "L5-S1", side="bilateral")], "medicare", "11", ["64483-50 x1", "64484-50 x1"]),
    ("tfesi three levels bilateral", [P("transforaminal_epidural", "L3-L4", "L4-L5", "L5-S1", side="bilateral")], "medicare", "11", ["64483-50 x1", "64484-50 x2"]),
    ("tfesi C6 root is C5-C6", [P("transforaminal_epidural", "C6:root", side="left")], "medicare", "11", ["64479-LT x1"]),
    ("tfesi T12-L1 is cervicothoracic", [P("transforaminal_epidural", "T12-L1", side="right")], "medicare", "11", ["64479-RT x1"]),
    ("tfesi S1 root", [P("transforaminal_epidural", "S1:root", side="left")], "medicare", "11", ["64483-LT x1"]),
    ("tfesi L5 + S1 roots bilateral", [P("transforaminal_epidural", "L5:root", "S1:root", side="bilateral")], "medicare", "11", ["64483-50 x1", "64484-50 x1"]),
    ("tfesi roots as nerves", [P("transforaminal_epidural", side="right", nerves=["L4 nerve root", "L5 nerve root"])], "medicare", "11", ["64483-RT x1", "64484-RT x1"]),
    ("tfesi mixed sides", [P("transforaminal_epidural", "L4-L5@bilateral", "L5-S1@left")], "medicare", "11", ["64483-50 x1", "64484-LT x1"]),
    ("tfesi commercial bilateral", [P("transforaminal_epidural", "L4-L5", "L5-S1", side="bilateral")], "commercial_generic", "11", ["64483-RT x1", "64483-LT x1", "64484-RT x1", "64484-LT x1"]),
    ("tfesi diagnostic: KX off by default", [P("transforaminal_epidural", "L5:root", side="left", intent="diagnostic")], "medicare", "11", ["64483-LT x1"]),
    ("tfesi incomplete gets 52", [P("transforaminal_epidural", "L5-S1", side="left", incomplete=True)], "medicare", "11", ["64483-LT-52 x1"]),
    # --- facet -------------------------------------------------------------------------------
    ("facet MB L3 L4 + L5 DR bilateral diagnostic", [P("facet_injection", side="bilateral", intent="diagnostic", approach="medial_branch", nerves=["L3 medial branch", "L4 medial branch", "L5 dorsal ramus"])], "medicare", "11", ["64493-50-KX x1", "64494-50-KX x1"]),
    ("facet rubric example unilateral diagnostic", [P("facet_injection", "L3-L4", "L4-L5", side="right", intent="diagnostic")], "medicare", "11", ["64493-RT-KX x1", "64494-RT-KX x1"]),
    ("facet IA therapeutic one level", [P("facet_injection", "L4-L5", side="left", intent="therapeutic", approach="intra_articular")], "medicare", "11", ["64493-LT x1"]),
    ("facet three levels bilateral", [P("facet_injection", "L3-L4", "L4-L5", "L5-S1", side="bilateral", intent="therapeutic")], "medicare", "11", ["64493-50 x1", "64494-50 x1", "64495-50 x1"]),
    ("facet four levels: third+ once", [P("facet_injection", "L2-L3", "L3-L4", "L4-L5", "L5-S1", side="right", intent="therapeutic")], "medicare", "11", ["64493-RT x1", "64494-RT x1", "64495-RT x1"]),
    ("facet cervical diagnostic", [P("facet_injection", "C3-C4", "C4-C5", side="right", intent="diagnostic")], "medicare", "11", ["64490-RT-KX x1", "64491-RT-KX x1"]),
    ("facet cervical three levels", [P("facet_injection", "C3-C4", "C4-C5", "C5-C6", side="left", intent="therapeutic")], "medicare", "11", ["64490-LT x1", "64491-LT x1", "64492-LT x1"]),
    ("facet cervical nerves C5 C6 C7", [P("facet_injection", side="bilateral", intent="therapeutic", nerves=["C5 medial branch", "C6 medial branch", "C7 medial branch"])], "medicare", "11", ["64490-50 x1", "64491-50 x1"]),
    ("facet thoracolumbar: two regions by default", [P("facet_injection", "T12-L1", "L1-L2", side="left", intent="therapeutic")], "medicare", "11", ["64490-LT x1", "64493-LT x1"]),
    ("facet thoracolumbar: CGS one lumbar session", [P("facet_injection", "T12-L1", "L1-L2", side="left", intent="therapeutic")], "medicare_cgs", "11", ["64490-LT x1", "64494-LT x1"]),
    ("facet commercial bilateral", [P("facet_injection", "L4-L5", "L5-S1", side="bilateral", intent="therapeutic")], "commercial_generic", "11", ["64493-RT x1", "64493-LT x1", "64494-RT x1", "64494-LT x1"]),
    ("facet commercial diagnostic: no KX", [P("facet_injection", "L4-L5", side="right", intent="diagnostic")], "commercial_generic", "11", ["64493-RT x1"]),
    ("facet intent unknown: no KX", [P("facet_injection", "L4-L5", side="right")], "medicare", "11", ["64493-RT x1"]),
    # --- facet RFA ---------------------------------------------------------------------------
    ("rfa nerves bilateral two joints", [P("facet_rfa", side="bilateral", nerves=["L3 medial branch", "L4 medial branch", "L5 dorsal ramus"])], "medicare", "11", ["64635-50 x1", "64636-50 x1"]),
    ("rfa three joints right", [P("facet_rfa", "L3-L4", "L4-L5", "L5-S1", side="right")], "medicare", "11", ["64635-RT x1", "64636-RT x2"]),
    ("rfa cervical one joint", [P("facet_rfa", "C5-C6", side="left")], "medicare", "11", ["64633-LT x1"]),
    ("rfa thoracic two joints", [P("facet_rfa", "T4-T5", "T5-T6", side="right")], "medicare", "11", ["64633-RT x1", "64634-RT x1"]),
    ("rfa CGS thoracolumbar", [P("facet_rfa", "T12-L1", "L1-L2", side="bilateral")], "medicare_cgs", "11", ["64633-50 x1", "64636-50 x1"]),
    ("rfa pulsed is unlisted", [P("facet_rfa", "L4-L5", "L5-S1", side="right", radiofrequency={"technique": "pulsed"})], "medicare", "11", ["64999 x1"]),
    ("rfa thermal", [P("facet_rfa", "L4-L5", side="right", radiofrequency={"technique": "thermal", "temperature_c": 90})], "medicare", "11", ["64635-RT x1"]),
    ("rfa commercial bilateral", [P("facet_rfa", "L4-L5", "L5-S1", side="bilateral")], "commercial_generic", "11", ["64635-RT x1", "64635-LT x1", "64636-RT x1", "64636-LT x1"]),
    # --- SI joint ----------------------------------------------------------------------------
    ("si left fluoro office", [P("si_joint_injection", side="left", **FLUORO)], "medicare", "11", ["27096-LT x1"]),
    ("si bilateral fluoro office", [P("si_joint_injection", side="bilateral", **FLUORO)], "medicare", "11", ["27096-50 x1"]),
    ("si bilateral fluoro HOPD: physician claim 27096", [P("si_joint_injection", side="bilateral", **FLUORO)], "medicare", "22", ["27096-50 x1"]),
    ("si bilateral fluoro HOPD: facility claim G0260", [P("si_joint_injection", side="bilateral", **FLUORO)], "medicare_facility", "22", ["G0260-50 x1"]),
    ("si right ct ASC: facility claim G0260", [P("si_joint_injection", side="right", **CT)], "medicare_facility", "24", ["G0260-RT x1"]),
    ("si right fluoro office: facility profile keeps 27096", [P("si_joint_injection", side="right", **FLUORO)], "medicare_facility", "11", ["27096-RT x1"]),
    ("si commercial HOPD keeps 27096", [P("si_joint_injection", side="right", **FLUORO)], "commercial_generic", "22", ["27096-RT x1"]),
    ("si ultrasound saved", [P("si_joint_injection", side="right", **US_SAVED)], "medicare", "11", ["20552 x1", "76942 x1"]),
    ("si no guidance", [P("si_joint_injection", side="left")], "medicare", "11", ["20552 x1"]),
    ("si nerve block right", [P("si_joint_nerve_block", side="right", approach="lateral_branch", **FLUORO)], "medicare", "11", ["64451-RT x1"]),
    ("si rfa bilateral", [P("si_joint_rfa", side="bilateral", **FLUORO)], "medicare", "11", ["64625-50 x1"]),
    # --- trigger points ----------------------------------------------------------------------
    ("tpi two muscles", [P("trigger_point", muscles=["trapezius", "levator scapulae"])], "medicare", "11", ["20552 x1"]),
    ("tpi three muscles", [P("trigger_point", muscles=["trapezius", "rhomboid", "levator scapulae"])], "medicare", "11", ["20553 x1"]),
    ("tpi same muscle twice counts once", [P("trigger_point", muscles=["Trapezius", "trapezius "])], "medicare", "11", ["20552 x1"]),
    ("tpi two sessions merge", [P("trigger_point", muscles=["trapezius", "rhomboid"]), P("trigger_point", muscles=["gluteus medius"])], "medicare", "11", ["20553 x1"]),
    ("tpi muscles not named: 1-2 muscle code", [P("trigger_point")], "medicare", "11", ["20552 x1"]),
    ("tpi bilateral: no side modifiers", [P("trigger_point", side="bilateral", muscles=["trapezius"])], "medicare", "11", ["20552 x1"]),
    ("tpi ultrasound saved", [P("trigger_point", muscles=["trapezius"], **US_SAVED)], "medicare", "11", ["20552 x1", "76942 x1"]),
    # --- occipital / peripheral --------------------------------------------------------------
    ("gon bilateral", [P("occipital_nerve_block", side="bilateral", target="greater_occipital")], "medicare", "11", ["64405-50 x1"]),
    ("gon + lon left", [P("occipital_nerve_block", side="left", nerves=["greater occipital nerve", "lesser occipital nerve"])], "medicare", "11", ["64405-LT x1", "64450-LT x1"]),
    ("gon right ultrasound saved", [P("occipital_nerve_block", side="right", target="greater_occipital", **US_SAVED)], "medicare", "11", ["64405-RT x1", "76942 x1"]),
    ("gon ultrasound unsaved", [P("occipital_nerve_block", side="right", target="greater_occipital", **US_UNSAVED)], "medicare", "11", ["64405-RT x1"]),
    ("gon fluoro in HOPD gets 26", [P("occipital_nerve_block", side="right", target="greater_occipital", **FLUORO)], "medicare", "22", ["64405-RT x1", "77002-26 x1"]),
    ("sciatic right fluoro", [P("peripheral_nerve_block", side="right", target="sciatic", **FLUORO)], "medicare", "11", ["64445-RT x1", "77002 x1"]),
    ("suprascapular", [P("peripheral_nerve_block", side="left", target="suprascapular")], "medicare", "11", ["64418-LT x1"]),
    ("intercostal", [P("peripheral_nerve_block", side="right", target="intercostal")], "medicare", "11", ["64420-RT x1"]),
    ("ilioinguinal + iliohypogastric is one code", [P("peripheral_nerve_block", side="right", nerves=["ilioinguinal nerve", "iliohypogastric nerve"])], "medicare", "11", ["64425-RT x1"]),
    ("two other nerves two units", [P("peripheral_nerve_block", side="right", nerves=["lateral femoral cutaneous nerve", "genitofemoral nerve"])], "medicare", "11", ["64450-RT x2"]),
    ("lesser occipital target beside a greater occipital nerve", [P("occipital_nerve_block", side="right", target="lesser_occipital", nerves=["greater occipital"])], "medicare", "11", ["64405-RT x1", "64450-RT x1"]),
    # --- genicular -----------------------------------------------------------------------------
    ("genicular block right", [P("genicular_nerve_block", side="right", nerves=["superomedial genicular", "superolateral genicular", "inferomedial genicular"], **FLUORO)], "medicare", "11", ["64454-RT x1"]),
    ("genicular rfa bilateral", [P("genicular_rfa", side="bilateral", **FLUORO)], "medicare", "11", ["64624-50 x1"]),
    # --- sympathetic ---------------------------------------------------------------------------
    ("stellate left fluoro", [P("sympathetic_block", side="left", target="stellate", **FLUORO)], "medicare", "11", ["64510 x1", "77002 x1"]),
    ("stellate ultrasound saved", [P("sympathetic_block", side="right", target="stellate", **US_SAVED)], "medicare", "11", ["64510 x1", "76942 x1"]),
    ("lumbar sympathetic bilateral medicare", [P("sympathetic_block", side="bilateral", target="lumbar_sympathetic", **FLUORO)], "medicare", "11", ["64520 x1", "77002 x1"]),
    ("lumbar sympathetic bilateral commercial", [P("sympathetic_block", side="bilateral", target="lumbar_sympathetic", **FLUORO)], "commercial_generic", "11", ["64520-RT x1", "64520-LT x1", "77002 x1"]),
    ("thoracic sympathetic right commercial", [P("sympathetic_block", side="right", target="thoracic_sympathetic", **FLUORO)], "commercial_generic", "11", ["64520-RT x1", "77002 x1"]),
    ("celiac fluoro", [P("sympathetic_block", target="celiac", **FLUORO)], "medicare", "11", ["64530 x1", "77002 x1"]),
    ("celiac neurolysis", [P("sympathetic_block", target="celiac", radiofrequency={"technique": "chemical"}, **CT)], "medicare", "11", ["64680 x1", "77012 x1"]),
    ("superior hypogastric", [P("sympathetic_block", target="superior_hypogastric", **FLUORO)], "medicare", "11", ["64517 x1", "77002 x1"]),
    ("ganglion impar", [P("sympathetic_block", target="ganglion_impar", **FLUORO)], "medicare", "11", ["64999 x1", "77002 x1"]),
    # --- joints --------------------------------------------------------------------------------
    ("knee right no imaging", [P("joint_injection", side="right", target="knee")], "medicare", "11", ["20610-RT x1"]),
    ("knee right ultrasound saved", [P("joint_injection", side="right", target="knee", **US_SAVED)], "medicare", "11", ["20611-RT x1"]),
    ("shoulder ultrasound unsaved", [P("joint_injection", side="left", target="shoulder", **US_UNSAVED)], "medicare", "11", ["20610-LT x1"]),
    ("knees bilateral", [P("joint_injection", side="bilateral", target="knee")], "medicare", "11", ["20610-50 x1"]),
    ("knees bilateral commercial", [P("joint_injection", side="bilateral", target="knee")], "commercial_generic", "11", ["20610-RT x1", "20610-LT x1"]),
    ("hip fluoro", [P("joint_injection", side="right", target="hip", **FLUORO)], "medicare", "11", ["20610-RT x1", "77002 x1"]),
    ("wrist", [P("joint_injection", side="right", target="wrist")], "medicare", "11", ["20605-RT x1"]),
    ("elbow ultrasound saved", [P("joint_injection", side="left", target="elbow", **US_SAVED)], "medicare", "11", ["20606-LT x1"]),
    ("tmj by region-less target", [P("joint_injection", side="left", target="TMJ")], "medicare", "11", ["20605-LT x1"]),
    ("finger", [P("joint_injection", side="left", target="finger")], "medicare", "11", ["20600-LT x1"]),
    ("toe ultrasound saved", [P("joint_injection", side="right", target="toe", **US_SAVED)], "medicare", "11", ["20604-RT x1"]),
    ("ankle from region", [P("joint_injection", side="right", region="ankle")], "medicare", "11", ["20605-RT x1"]),
    # --- SCS -----------------------------------------------------------------------------------
    ("scs trial two leads", [P("scs_trial", devices=[{"kind": "lead", "count": 2}], **FLUORO)], "medicare", "11", ["63650 x2", "77003 x1"]),
    ("scs trial in ASC: 77003-26", [P("scs_trial", devices=[{"kind": "lead", "count": 2}], **FLUORO)], "medicare", "24", ["63650 x2", "77003-26 x1"]),
    ("scs trial one lead no generator", [P("scs_trial", devices=[{"kind": "lead"}, {"kind": "generator"}])], "medicare", "11", ["63650 x1"]),
    ("scs implant two leads", [P("scs_implant", devices=[{"kind": "lead", "count": 2}, {"kind": "generator"}])], "medicare", "24", ["63650 x2", "63685 x1"]),
    ("scs implant paddle", [P("scs_implant", devices=[{"kind": "paddle"}, {"kind": "generator"}])], "medicare", "22", ["63655 x1", "63685 x1"]),
    # --- vertebral augmentation --------------------------------------------------------------
    ("kyphoplasty L1", [P("vertebral_augmentation", "L1:body", cavity_creation=True)], "medicare", "22", ["22514 x1"]),
    ("kyphoplasty T12 + L1", [P("vertebral_augmentation", "T12:body", "L1:body", approach="kyphoplasty")], "medicare", "22", ["22513 x1", "22515 x1"]),
    ("vertebroplasty three lumbar", [P("vertebral_augmentation", "L2:body", "L3:body", "L4:body", approach="vertebroplasty")], "medicare", "22", ["22511 x1", "22512 x2"]),
    ("vertebroplasty T8", [P("vertebral_augmentation", "T8:body", cavity_creation=False)], "medicare", "22", ["22510 x1"]),
    ("kyphoplasty bilateral access: no 50", [P("vertebral_augmentation", "L1:body", side="bilateral", cavity_creation=True)], "medicare", "22", ["22514 x1"]),
    # --- pump ----------------------------------------------------------------------------------
    ("pump reprogram by physician", [P("pump_refill", pump_reprogrammed=True, performed_by_physician=True)], "medicare", "11", ["62370 x1"]),
    ("pump reprogram by staff", [P("pump_refill", pump_reprogrammed=True, performed_by_physician=False)], "medicare", "11", ["62369 x1"]),
    ("pump reprogram, performer not stated: the author", [P("pump_refill", pump_reprogrammed=True)], "medicare", "11", ["62370 x1"]),
    ("pump refill by staff", [P("pump_refill", pump_reprogrammed=False, performed_by_physician=False)], "medicare", "11", ["95990 x1"]),
    ("pump refill, performer not stated", [P("pump_refill", pump_reprogrammed=False)], "medicare", "11", ["95991 x1"]),
    ("pump refill by physician", [P("pump_refill", performed_by_physician=True)], "medicare", "11", ["95991 x1"]),
    ("pump families never together", [P("pump_refill", pump_reprogrammed=True, performed_by_physician=True), P("pump_refill", performed_by_physician=False)], "medicare", "11", ["62370 x1"]),
    # --- several procedures --------------------------------------------------------------------
    ("tfesi + facet same session", [P("transforaminal_epidural", "L5:root", side="left"), P("facet_injection", "L4-L5", side="left", intent="diagnostic")], "medicare", "11", ["64483-LT x1", "64493-LT-KX x1"]),
    ("gon fluoro beside facet: guidance suppressed", [P("facet_injection", "C2-C3", side="right", intent="therapeutic"), P("occipital_nerve_block", side="right", target="greater_occipital", **FLUORO)], "medicare", "11", ["64490-RT x1", "64405-RT x1"]),
    ("guidance one unit per encounter", [P("occipital_nerve_block", side="right", target="greater_occipital", **FLUORO), P("peripheral_nerve_block", side="right", target="sciatic", **FLUORO)], "medicare", "11", ["64405-RT x1", "77002 x1", "64445-RT x1"]),
]


@pytest.mark.parametrize(("procedures", "payer", "pos", "expected"), [pytest.param(*c[1:], id=c[0]) for c in CASES])
def test_worked_example(procedures: list[dict[str, Any]], payer: str, pos: str, expected: list[str]) -> None:
    assert code(facts(*procedures, pos=pos), payer=payer) == expected


SEDATION = [
    ("moderate 25 min by proceduralist", {"type": "moderate", "intraservice_minutes": 25, "independent_observer": True, "by_proceduralist": True}, ["99152 x1", "99153 x1"]),
    ("moderate 10 min", {"type": "moderate", "intraservice_minutes": 10, "independent_observer": True, "by_proceduralist": True}, ["99152 x1"]),
    ("moderate 22 min: no add-on", {"type": "moderate", "intraservice_minutes": 22, "independent_observer": True, "by_proceduralist": True}, ["99152 x1"]),
    ("moderate 23 min: first add-on", {"type": "moderate", "intraservice_minutes": 23, "independent_observer": True, "by_proceduralist": True}, ["99152 x1", "99153 x1"]),
    ("moderate 38 min: two add-ons", {"type": "moderate", "intraservice_minutes": 38, "independent_observer": True, "by_proceduralist": True}, ["99152 x1", "99153 x2"]),
    ("moderate 9 min: not coded", {"type": "moderate", "intraservice_minutes": 9, "independent_observer": True, "by_proceduralist": True}, []),
    ("moderate without time", {"type": "moderate", "independent_observer": True, "by_proceduralist": True}, []),
    ("moderate without observer", {"type": "moderate", "intraservice_minutes": 30, "independent_observer": False, "by_proceduralist": True}, []),
    ("observer documented, sedating clinician not named", {"type": "moderate", "intraservice_minutes": 25, "independent_observer": True}, ["99152 x1", "99153 x1"]),
    ("nothing on who sedated or observed", {"type": "moderate", "intraservice_minutes": 25}, []),
    # the sedating clinician reports 99156/99157 on their own claim, not on the proceduralist's (round 20, pub20b)
    ("moderate by another clinician", {"type": "moderate", "intraservice_minutes": 30, "by_proceduralist": False}, []),
    ("MAC is not moderate sedation", {"type": "mac", "intraservice_minutes": 30}, []),
    ("local only", {"type": "local"}, []),
]


@pytest.mark.parametrize(("sedation", "expected"), [pytest.param(*c[1:], id=c[0]) for c in SEDATION])
def test_sedation(sedation: dict[str, Any], expected: list[str]) -> None:
    note = facts(P("facet_rfa", "L4-L5", side="right", sedation=sedation))
    assert code(note) == ["64635-RT x1", *expected]


def test_sedation_coded_once_for_two_procedures() -> None:
    sed = {"type": "moderate", "intraservice_minutes": 40, "independent_observer": True, "by_proceduralist": True}
    note = facts(P("facet_rfa", "L4-L5", side="right", sedation=sed), P("facet_rfa", "L4-L5", side="left", sedation=sed))
    assert code(note) == ["64635-RT x1", "64635-LT x1", "99152 x1", "99153 x2"]


def test_rules_and_rationale_name_the_kb_rows() -> None:
    result = propose(facts(P("facet_injection", "L4-L5", "L5-S1", side="bilateral", intent="diagnostic")), date_of_service=DOS)
    first, addon = result.codes
    assert first.rules == ["fam.facet", "facet.ls", "kx.diagnostic_facet", "mod.50",
                           "payer.medicare.bilateral_style=modifier_50"]
    assert addon.rules == ["fam.facet", "facet.ls", "facet.ls.addon.64494", "kx.diagnostic_facet", "mod.50",
                           "payer.medicare.addon_bilateral=modifier_50"]
    assert first.rationale == ("Facet joint injection / medial branch block in the lumbar/sacral region, 2 joints "
                               "(L4-L5, L5-S1): first joint by rule facet.ls (region_group=lumbosacral).")
    assert addon.rationale == "Add-on for joint 2 (L5-S1) one unit each."
    assert first.description == "Facet joint or medial branch injection, lumbar or sacral, one level"
    assert (first.kind, first.procedure_index) == ("CPT", 0)


def test_evidence_travels_to_the_line() -> None:
    ev = {"start": 120, "end": 125, "text": "L4-L5"}
    note = facts(P("facet_injection", side="right", intent="therapeutic",
                   levels=[{"name": "L4-L5", "evidence": [ev]}]))
    (line,) = propose(note, date_of_service=DOS).codes
    assert [(e.start, e.end, e.text) for e in line.evidence] == [(120, 125, "L4-L5")]


def test_date_of_service_from_facts_and_place_of_service_default() -> None:
    note = NoteFacts.model_validate({"encounter": {"date_of_service": "2023-06-01"}, "procedures": [
        P("si_joint_injection", side="left", **FLUORO)],
        "drugs": [{"generic": "methylprednisolone_acetate", "dose": 40, "dose_unit": "mg"}]})
    assert lines(propose(note)) == ["27096-LT x1", "J1030 x1"]


def test_a_new_payer_is_yaml_only(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A profile that reports bilateral add-ons CPT-style (twice, as doubled units) needs no code."""
    import shutil

    import yaml

    from coding.knowledge import KB_DIR, load_kb_from

    for path in KB_DIR.glob("*.yaml"):
        shutil.copy(path, tmp_path / path.name)
    payers = yaml.safe_load((tmp_path / "payers.yaml").read_text(encoding="utf-8"))
    payers["profiles"]["cpt_strict"] = {
        "label": "Commercial payer: one line 50 for the primary, add-ons reported twice",
        "extends": "commercial_generic",
        "source": [{"cite": "iframe.ai CPT paraphrase: bilateral add-ons reported twice", "tag": "T"}],
        "values": {"bilateral_style": "modifier_50", "addon_bilateral": "double_units"},
    }
    (tmp_path / "payers.yaml").write_text(yaml.safe_dump(payers, sort_keys=False), encoding="utf-8")
    kb = load_kb_from(tmp_path)
    note = facts(P("facet_injection", "L3-L4", "L4-L5", "L5-S1", side="bilateral", intent="therapeutic"))
    result = propose(note, payer="cpt_strict", date_of_service=DOS, kb=kb)
    assert lines(result) == ["64493-50 x1", "64494 x2", "64495 x2"]
    assert result.kb_version == kb.version


def test_cgs_junction_rule_starts_2025() -> None:
    note = facts(P("facet_injection", "T12-L1", "L1-L2", side="left", intent="therapeutic"))
    assert code(note, payer="medicare_cgs", dos=dt.date(2024, 12, 31)) == ["64490-LT x1", "64493-LT x1"]
    assert code(note, payer="medicare_cgs", dos=dt.date(2025, 1, 1)) == ["64490-LT x1", "64494-LT x1"]
