"""Closing paragraphs of the batch-ba notes (medications, vitals, aftercare and plan as each physician dictated
them), kept apart so the procedure narratives in `batch_ba.py` stay readable; none adds a gold fact."""

EXTRA: dict[str, str] = {
    "fba-tfesi-01": """
Aftercare: he was observed for thirty minutes with stable vitals and walked without any new weakness. We went
over the warning signs of infection and of a headache that is worse sitting up, and he has our after-hours line.
He will keep a log of how the legs feel each day for the first two weeks.
""",
    "fba-tfesi-02": """
Other history: hypertension and hypothyroidism, both controlled; she takes lisinopril and levothyroxine and has
no blood thinners. Her blood pressure on arrival was 142 over 80. She understands the steroid may raise her sugar
readings for a day or two even though she is not diabetic. She was observed in recovery, her leg strength was
unchanged from before, and she was told to call if she develops fever, new weakness, or bladder or bowel trouble.
Follow-up in the clinic in three to four weeks to see how much of the leg pain has settled.
""",
    "fba-tfesi-03": """
He takes atorvastatin and an aspirin a day, which we did not hold for a lumbar transforaminal injection. He was
watched in recovery for twenty minutes, walked steadily, and left with written instructions. If the leg symptoms
do not settle we will talk about a surgical opinion at the next visit.
""",
    "fba-tfesi-04": """
She is on a baby aspirin and amlodipine. Vitals were stable throughout and she walked out on her own. We talked
about the limits on how often these injections can be done and about the steroid load, and she agreed to
start a walking program and to see the spine surgeon for an opinion before anything further is planned.
""",
    "fba-tfesi-05": """
She was observed for forty-five minutes after the injection with a neurologic check of both arms and legs every
fifteen minutes, all normal, and she was discharged with her daughter. She was told to watch for new weakness,
severe headache or fever and to call right away. I will see her back in four weeks.
""",
    "fba-tfesi-06": """
He takes metformin and checks his sugars at home; I told him to expect higher readings for two or three days and
to call his primary doctor if they stay over 300. Discharged after thirty minutes with stable vitals and normal
strength in both legs. We will see him in a month and decide on next steps then.
""",
    "fba-ilesi-01": """
Recovery: he was awake and talking within a few minutes of the end of the case, strength in both arms and legs was
normal, and he met discharge criteria after forty minutes. His wife drove him home. He should not drive or sign
anything important for the rest of the day. Follow up in the clinic in four weeks.
""",
    "fba-ilesi-02": """
We talked again about keeping a simple diary this time, noting how much better the legs are and for how many
weeks, so that we have something concrete to go on when we plan what comes next. She was observed for half an
hour, walked without difficulty, and her husband drove her home. She has our number for any fever or new weakness.
""",
    "fba-ilesi-03": """
She is otherwise healthy and not immunosuppressed. Her primary doctor is following the rash and her antiviral
course. She was observed for thirty minutes, walked without difficulty, and left with her sister. I asked her to
call me in a week, sooner if the burning returns at full strength, and we will see her again in two weeks.
""",
    "fba-caudal-01": """
Past history includes atrial fibrillation, on apixaban, which his cardiologist allowed us to hold for three days,
and it will be restarted tomorrow morning. He had no reaction to the gadolinium. He was watched in recovery for
forty minutes with stable vitals and walked to the car with his son. Follow-up in four to six weeks.
""",
    "fba-mbb-01": """
She was asked to do the things that usually bring the pain on, and to record the relief hour by hour on the diary
card. If this block and the second confirmatory block are both positive, we will plan radiofrequency ablation.
Discharged home after twenty minutes with her daughter.
""",
    "fba-mbb-02": """
He drove himself here, so we only used local anesthetic without sedation. He stayed for twenty minutes and was
discharged home. With two positive blocks he is a candidate for radiofrequency ablation at the same nerves, and
we will schedule it at his request. He understands the numbness on the back of the neck afterward is expected.
He will call with his diary results by the end of the week.
""",
    "fba-facet-01": """
Other history includes asthma and mild osteoporosis. She is not on blood thinners. She was observed for fifteen
minutes sitting up, with no dizziness, and was sent home with ice and a stretching sheet. I will see her in six
weeks; if relief is short we will revisit the idea of radiofrequency ablation, which she is still reluctant about.
Her primary doctor will get a copy of this note.
She asked about how long the steroid lasts; I told her it varies from weeks to months and that we will judge by her function, not only by the numbers.
""",
    "fba-rfa-01": """
His cardiologist was informed and the device was checked by the company representative before and after the
case, with no change in settings. He has no blood thinners beyond aspirin, which was continued. He was observed
for thirty minutes and then discharged home with his wife. He knows the soreness from the procedure can last one
to two weeks, and we will see him in six weeks to judge how well the pulsed treatment worked.
""",
    "fba-rfa-02": """
She was observed for thirty minutes and went home with her husband. She was warned that the back may be sore and
tender for up to two weeks after ablation and that ice helps. We will see her in two months.
She asked whether she can return to her water aerobics class; I told her she can go back in a week, once the needle sites have healed.
""",
    "fba-rfa-03": """
Recovery: she was awake within ten minutes after the end of the case, vitals were back to baseline, and she met
discharge criteria. Her husband drove her home. We talked at length about how often this can be done in the neck,
and she understands that another ablation cannot be planned on this schedule.
""",
    "fba-sij-01": """
He takes tamsulosin and a statin; no blood thinners. Blood pressure on arrival was 150 over 84, recheck in
recovery was 138 over 80. He was observed for twenty minutes, walked steadily and left with his wife. Next
visit in six weeks. If relief holds, we will keep him on his home exercise program and see him as needed; if it
does not, we will discuss lateral branch radiofrequency ablation at that time.
He asked about driving; I told him to wait until tomorrow since the leg may feel heavy for a few hours after local anesthetic.
""",
    "fba-sij-02": """
She was observed for twenty minutes and left with her daughter. She understands that we are at the limit of how
often these can be done, and we discussed lateral branch radiofrequency ablation as a longer-lasting option at her
next visit, which will be in six weeks. Her primary doctor will receive a copy.
She asked about flying to visit family next month, which is fine. She will call us with her diary results in two weeks.
""",
    "fba-sirfa-01": """
He was kept in recovery for thirty minutes. He walked without any new weakness or numbness in the leg, and his
wife drove him home. We explained that it can take several weeks to feel the full effect of the ablation and that
soreness at the needle sites is common for a week or two; ice and acetaminophen are fine for that. We will see
him in six weeks. A copy of this note goes to his primary care physician and to the referring surgeon, who
had wanted to know whether the ablation is worth doing before any talk of fusion of the joint.
""",
    "fba-tpi-01": """
She has no history of myasthenia or other neuromuscular disease and is not on aminoglycosides. We talked about
possible neck weakness, trouble swallowing and a drooping eyelid, and she knows to call us right away if any of
those appear. She will keep up her stretching and posture work, and we will see her in twelve weeks to judge the
effect of the toxin before deciding anything further.
""",
    "fba-tpi-02": """
We talked about why these are being spaced further apart now, and about leaning more on his stretching program and
a core strengthening class at the community center. He was observed for ten minutes without any lightheadedness.
He was asked to use heat and gentle stretching tonight and to come back in three months, sooner if needed. His
primary doctor will get a copy of this note so that the whole team knows the plan.
He asked whether he can lift at work tomorrow; light duty for a day is sensible.
He works as a mechanic and spends much of the day bent over engines, which we think keeps the muscles irritated; we talked about a creeper stool and more frequent breaks.
""",
    "fba-knee-01": """
Her other problems include type 2 diabetes on metformin and hypertension. She was told her sugars may run higher
for a few days and to keep checking them. She is not on blood thinners. I went over the signs of infection of the
joint, and she knows to call for fever, increasing swelling or redness. She will keep using her cane on longer
walks and continue the quadriceps strengthening she learned in therapy. We will see her again in three months;
if the relief is short we can talk about a hyaluronic acid series or a referral back to orthopedics. She left
walking steadily with her son.
She asked about activity; light walking is fine from tomorrow.
""",
    "fba-genrfa-01": """
He is on clopidogrel for his stents, which we did not stop, since the procedure does not enter a deep space. He was
observed for twenty minutes and walked out with his walker. He was told to expect some numbness around the knee
and soreness for a week or two. We will see him in six weeks.
His daughter asked whether this will affect the plan for any future surgery; I explained that the ablation does not rule anything out and that the nerves usually regrow over time, so the effect wears off after months. He was given a written sheet on wound care for the small needle sites and told that bruising around the knee is common and harmless.
""",
    "fba-stellate-01": """
She was observed for thirty minutes sitting up, with no hoarseness or trouble swallowing, and told not to eat or
drink until the numb feeling in the throat has worn off. She will go straight to her therapy session tomorrow
while the hand is warm and less sensitive. We plan a series of blocks if she gets a good response, and will
reassess at the next visit in two weeks.
She was told the droopy eyelid and the stuffy nose on that side will wear off in a few hours.
""",
    "fba-impar-01": """
She is otherwise well, with no blood thinners and no bleeding history. She was observed for twenty minutes and
walked out with her husband. She was asked to keep a sitting log over the next two weeks and to call us with any
fever or new numbness around the bottom. If this block helps but wears off, radiofrequency or a neurolytic block
are options we can discuss at the follow-up visit in four weeks. A copy of this note is going to her primary
doctor, who referred her.
She asked about sitting at work; I suggested a wedge cushion with a cut-out at the back for now.
She was pleased to be able to sit at the end of the visit.
""",
    "fba-onb-01": """
His past history is notable for high blood pressure and a prior concussion in his twenties. He takes amlodipine.
He was observed for fifteen minutes without dizziness and drove himself home, which I allowed because no
sedation was given. He was told the scalp may stay numb for several hours and that the steroid may take a few
days to help. If the relief lasts we can repeat the block when needed; if it does not, occipital nerve
stimulation or radiofrequency are options we can discuss. Follow-up in six weeks.
He keeps a headache calendar, which he will bring to the next visit so we can compare the weeks before and after the block.
""",
    "fba-scs-01": """
Trial plan: he will use the stimulator at home for seven days, keep a diary of his pain, activity, sleep and
medication use, and come back to clinic to have the leads pulled. The company representative programmed the
device and went over it with him and his wife. He is on cephalexin while the leads are in. No showers until the
leads are out.
""",
    "fba-kypho-01": """
Recovery: she was lying flat for an hour, then sat up and walked with her walker and the nurse. Vitals were stable
throughout and she was back to her usual alertness. She is to continue her calcium and vitamin D, and we have
asked her primary doctor to start osteoporosis treatment and to arrange a bone density scan. She was discharged
home with her daughter and will be seen in two weeks.
She was fitted for a soft brace for comfort only and told to avoid lifting anything heavier than a gallon of milk for six weeks. Her daughter will stay with her for the first few nights at home.
""",
    "fba-pump-01": """
Past history: complete thoracic spinal cord injury from a motorcycle accident eight years ago, neurogenic bladder
managed with intermittent catheterization, and a remote pressure injury that has healed. He also takes oral
tizanidine at bedtime. The pump site over the lower abdomen looks healthy, without redness, swelling or
fluid around it, and the catheter tract is not tender. His caregiver knows the signs of withdrawal and of
overdose and has the clinic number. He will come in again before the low reservoir alarm date. We also talked
about his wheelchair seating, which his therapist will review next month.
His caregiver was with him for the whole visit and asked good questions about travel with the pump; we gave them a letter for airport security and the manufacturer's emergency card, and reminded them that the pump must not be exposed to an MRI scanner without our team checking it first and again right after.
""",
    "fba-pump-02": """
Background: she has had the pump for about four years and has had no problems with it. She takes no other
long-acting opioids and uses acetaminophen on bad days. She is alert, with normal breathing and no signs of
overdose, and there is no swelling or tenderness over the pump pocket or the catheter tract. She and her husband
know the signs of too much medicine, such as unusual sleepiness or slow breathing, and the signs of withdrawal,
and they know to call us or go to the emergency department. Her primary doctor has a copy of the pump card, and
the pharmacy confirmed the concentration against the order before the refill. She has a follow-up visit with me
next time for a review of her daily activities and her sleep.
Her husband asked whether she could travel by plane this summer; we gave them a letter for airport security and the manufacturer's card, and reminded them to plan the trip around the alarm date so that the reservoir never runs low while they are away from home.
All questions were answered and she left with her husband.
""",
}
