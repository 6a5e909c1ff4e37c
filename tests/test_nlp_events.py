"""Session facts: sedation details, imaging, consent, time-out, complications, RF, devices."""

from __future__ import annotations

from nlp import extract


def test_moderate_sedation_times_observer_and_agents() -> None:
    text = ("Right L4-5 RFA.\nSEDATION: Moderate sedation by me with midazolam 2 mg and fentanyl 100 mcg IV; "
            "independent RN observer; sedation start 07:40, end 08:15.\n"
            "TECHNIQUE: Thermal lesions at 80 degrees C for 90 seconds, two lesions per nerve at the L3 and L4 "
            "medial branches.")
    p = extract(text).procedures[0]
    s = p.sedation
    assert (s.type, s.agents, s.doses) == ("moderate", ["midazolam", "fentanyl"], ["2 mg midazolam", "0.1 mg fentanyl"])
    assert (s.start_time, s.stop_time, s.intraservice_minutes, s.independent_observer, s.by_proceduralist) == (
        "07:40", "08:15", 35, True, True)
    rf = p.radiofrequency
    assert (rf.technique, rf.temperature_c, rf.duration_s, rf.lesions_per_nerve) == ("thermal", 80.0, 90.0, 2)


def test_local_only_and_mac_by_anesthesia() -> None:
    assert extract("L5 TFESI.\nAnesthesia: Local anesthesia only.").procedures[0].sedation.type == "local"
    s = extract("SCS trial.\nMonitored anesthesia care was provided by the anesthesia team because the patient "
                "could not tolerate prone positioning.").procedures[0].sedation
    assert (s.type, s.by_proceduralist) == ("mac", False)


def test_imaging_modality_and_saved_views() -> None:
    img = extract("Right knee injection under ultrasound guidance. Two images were saved.").procedures[0].imaging
    assert (img.modality, img.saved_images, img.views) == ("ultrasound", True, 2)
    img = extract("L4-5 ILESI under fluoroscopy. AP and lateral images were saved.").procedures[0].imaging
    assert (img.modality, img.saved_images, img.views) == ("fluoroscopy", True, 2)


def test_consent_and_time_out() -> None:
    facts = extract("L5 TFESI.\nInformed consent was obtained. Time-out was performed.")
    assert (facts.consent.value, facts.time_out.value) == (True, True)
    assert facts.consent.evidence[0].text == "Informed consent"


def test_a_bare_consent_header_documents_nothing() -> None:
    facts = extract("L5 TFESI.\nConsent:\nTime-out was done.")
    assert facts.consent is None
    assert facts.time_out.value is True
    facts = extract("L5 TFESI.\nConsent: obtained and signed.")
    assert facts.consent.value is True


def test_complications_named_none_or_absent() -> None:
    assert extract("L5 TFESI. No complications.").complications.value == "none"
    assert extract("L5 TFESI.\nComplications: transient paresthesia, resolved.").complications.value == "paresthesia"
    assert extract("L5 TFESI. The patient had a brief vasovagal episode.").complications.value == "vasovagal"
    text = "L5 TFESI. Risks including bleeding, infection and nerve injury were explained and consent obtained."
    assert extract(text).complications is None


def test_scs_leads_and_pump_refill() -> None:
    p = extract("Spinal cord stimulator trial.\nTwo 8-contact percutaneous leads were placed at T8.").procedures[0]
    assert [(d.kind, d.count) for d in p.devices] == [("lead", 2)]
    p = extract("Intrathecal pump refill. The dose was increased by 10%.").procedures[0]
    assert (p.family, p.pump_reprogrammed) == ("pump_refill", True)


def test_kyphoplasty_levels_are_bodies_and_trigger_point_muscles() -> None:
    p = extract("L1 kyphoplasty with balloon tamp.").procedures[0]
    assert ([(lv.name, lv.kind) for lv in p.levels], p.cavity_creation) == ([("L1", "body")], True)
    p = extract("Trigger point injections to the left trapezius and bilateral rhomboids.").procedures[0]
    assert [m.value for m in p.muscles] == ["left trapezius", "left rhomboids", "right rhomboids"]


def test_date_of_service_from_the_note() -> None:
    import datetime as dt

    assert extract("Date of Service: 05/23/2025\nL5 TFESI").encounter.date_of_service == dt.date(2025, 5, 23)


def test_sedation_time_range_and_denied_balloon() -> None:
    text = ("Right L4-5 RFA.\nModerate sedation administered by me, midazolam 2 mg IV, with an independent RN "
            "observer; 13:10 to 13:32.")
    s = extract(text).procedures[0].sedation
    assert (s.start_time, s.stop_time, s.intraservice_minutes) == ("13:10", "13:32", 22)
    p = extract("T12 vertebroplasty. Cement was injected. No balloon or cavity creation.").procedures[0]
    assert (p.approach, p.cavity_creation, [lv.name for lv in p.levels]) == ("vertebroplasty", False, ["T12"])


def test_pump_refill_by_staff_or_physician() -> None:
    p = extract("Intrathecal pump analysis, reprogramming and refill.\nOur pump nurse interrogated the device and "
                "refilled the reservoir; the daily rate was decreased by 5%.").procedures[0]
    assert (p.family, p.performed_by_physician, p.pump_reprogrammed) == ("pump_refill", False, True)
    p = extract("Pump refill.\nThe physician accessed the port under ultrasound.").procedures[0]
    assert p.performed_by_physician is True
