"""Round 6 (lead): an RF lesion written tersely ('20 g cannulas ... 80 C x 90 s each') is thermal RF at 80 °C.

The RF parameters are read only in sentences with an RF word; plural equipment words ('cannulas', 'probes',
'electrodes') and sensory/motor stimulation testing are such words (dev_fresh_ah fah-facet-rfa-02)."""

import pytest

from nlp import extract

NOTE = ("Procedure: Right C5-6 and C6-7 medial branch radiofrequency ablation.\n"
        "Consent. TO. 1% lido 1 mL x 3. {sentence}\n")


@pytest.mark.parametrize("sentence, temp, secs", [
    ("20 g cannulas, sensory + motor testing OK, 80 C x 90 s each.", 80.0, 90.0),
    ("Two probes placed; 85C x 60 s.", 85.0, 60.0),
    ("Electrodes positioned, stimulation negative for motor, 80 C x 90 s.", 80.0, 90.0),
])
def test_terse_rf_lesion_parameters(sentence, temp, secs):
    rf = extract(NOTE.format(sentence=sentence)).procedures[0].radiofrequency
    assert rf is not None
    assert (rf.technique, rf.temperature_c, rf.duration_s) == ("thermal", temp, secs)


def test_a_sentence_without_rf_words_gives_no_parameters():
    assert extract(NOTE.format(sentence="Patient tolerated it, 80 C x 90 s.")).procedures[0].radiofrequency is None
