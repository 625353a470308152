"""f15n: general rules for no_frequency (clock times, parts of the school day and week, plural
occasions, triggers said as a threshold or a sign, one occasion or a count in a window, a
standing requirement on the child's things), outcome_not_smart (times said as an age, a school
year written short, any review, "by the end of" any period, a time label; criteria said with a
number whatever the verb), jargon and drug_name. Every example is invented for these tests."""

import pytest

from sendhealth.assurance.checks.drugs import drug_name
from sendhealth.assurance.checks.outcomes import outcome_not_smart
from sendhealth.assurance.checks.provision import no_frequency
from sendhealth.assurance.checks.wording import jargon

PERIOD = " for the 2026/27 school year."


def _freq(text):
    return [f.quote for f in no_frequency("G", text)]


@pytest.mark.parametrize(
    "statement",
    [
        # A clock time is a time of every school day.
        "A trained assistant will do her tube feed at 12.15 for 30 minutes",
        "A trained assistant will do her tube feed at midday for 30 minutes",
        "A trained assistant will give her a movement break at 10am and 2pm",
        # A named part of the school day or week.
        "A trained assistant will run a short sensory circuit first thing",
        "A trained assistant will give her a 5-minute break mid-lesson",
        "A trained assistant will give her a stretch in the middle of science lessons",
        "A trained assistant will check his pump at afternoon registration",
        "A trained assistant will do his exercises during form time",
        "A trained assistant will do his exercises in period 2",
        "A trained assistant will check his skin at the end of the school day",
        "Trained staff will give his medicine with his lunch",
        "Trained staff will check his blood glucose pre-lunch and post-PE",
        "A trained assistant will run a listening group Mondays and Wednesdays",
        "A trained assistant will run a listening group on weekdays",
        # A plural occasion after a preposition.
        "A trained assistant will walk beside him at corridor changeovers",
        "A trained assistant will support him in cookery practicals",
        "A trained assistant will stay near him at unstructured times",
        # A trigger said as a threshold or a sign.
        "Trained staff will give her dextrose tablets for a reading below 4 mmol/L",
        "Where his breathing rate goes above 40, trained staff will start his oxygen",
        "Trained staff will clear his airway on signs of a blocked tube",
        "Trained staff will follow her allergy plan in case of a reaction",
        "The school nurse will update his plan on his return from a hospital stay",
        "The school nurse will update his plan following any admission",
        # One occasion, or a count in a window.
        "The diabetes nurse will train three staff in one 90-minute session in Septembr 2026",
        "The epilepsy nurse will train staff on the morning before he starts, for 2 hours",
        "The school nurse will meet his parents at the start and end of the school year",
        "The occupational therapist will make two 1-hour visits this school year",
        "The physiotherapist will see him four times during 2026/27",
        "The psychologist will advise his teachers in two consultations (November 2026 and "
        "March 2027)",
        "The speech and language therapist will run a 6-week block of group sessions in the "
        "spring term 2027",
    ],
)
def test_how_often_said_as_uk_plans_say_it(statement):
    assert _freq(statement + PERIOD) == []


def test_a_standing_requirement_on_the_childs_things_needs_no_frequency():
    assert _freq("Her meals must be mashed with a fork, and her drinks thickened.") == []
    assert _freq("Worksheets will be printed on cream paper.") == []


@pytest.mark.parametrize(
    "statement",
    [
        # A session's length is not how often.
        "A speech and language therapist will work with Sam in 30-minute sessions until July 2027.",
        # Upkeep done again and again still needs how often.
        "His hearing aids will be checked by a teacher of the deaf.",
        # Vague or missing occasions.
        "A trained assistant will support him at times" + PERIOD,
        "A trained assistant will support him at certain times" + PERIOD,
        "A trained assistant will support him for three lessons" + PERIOD,  # a count, no rate
        "A trained assistant will support him following his care plan" + PERIOD,  # no event
        "A trained assistant will help with his personal care until July 2027.",
        "The occupational therapist will review his seating.",
    ],
)
def test_still_without_how_often(statement):
    assert _freq(statement) != []


def _smart(text):
    return [f.quote for f in outcome_not_smart("E", text)]


@pytest.mark.parametrize(
    "outcome",
    [
        # A criterion said with a number, whatever the verb.
        "By July 2027, Noah will rate his worry about lunchtime as 3 or less out of 10.",
        "By the end of Year 5, Noah will score 25 or more on his handwriting speed test.",
        "By the summer term 2027, Noah will reach a score of 40 on the motor skills check.",
        "By July 2027, Noah will cut the times he leaves class from 6 a day to 2.",
        "By July 2027, Noah's visits to the medical room will fall to one a week or fewer.",
        "In 6 months' time, Noah will gain 2 kg.",
        "By July 2027, Noah's weight will be on or above the 25th centile.",
        "By the end of Year 8, Noah will be free of chest infections for a full term.",
        # An observable act or state.
        "By March 2027, Noah will self-propel his wheelchair from class to the hall.",
        "By the end of term 4, Noah will be toilet trained.",
        "By the end of the spring term, Noah will be seizure-free at school for 4 weeks.",
        # A time said as an age, a short school year, any review, "by the end of" any period.
        "Before he turns 16, Noah will order his own repeat prescription.",
        "At age 14 Noah will tell the clinic nurse his symptoms himself.",
        "Within one school year, Noah will eat four new foods at lunch.",
        "By the end of Yr 6, Noah will use his spacer with one reminder.",
        "By end of Y9, Noah will carry his own inhaler to every PE lesson.",
        "By his next EHCP review, Noah will tell an adult when his leg hurts.",
        "By the end of the eight-week programme, Noah will stand on one leg for 10 seconds.",
        "By 31/07/2027 Noah will walk to the dining hall with his frame.",
        # A time label on the same line.
        "Target date: July 2027. Noah will swallow his tablets with water.",
        # An adverb between "will" and its verb; independent in a named task; a count of things.
        "By the end of KS3, Noah will safely use the stairs with a handrail.",
        "By the end of Year 4, Noah will be independent in changing his stoma bag.",
        "By the end of the spring term, Noah will eat a wider range of foods, including 3 new "
        "vegetables.",
        "Within 12 months, Noah will be able to verbalise his needs to a familiar adult.",
    ],
)
def test_outcome_criterion_and_time_in_any_wording(outcome):
    assert _smart(outcome) == []


@pytest.mark.parametrize(
    "outcome",
    [
        "By July 2027, Noah will reduce his anxiety.",
        "By July 2027, Noah will increase his confidence.",
        "By the end of Year 6, Noah will be happier at lunchtime.",
        "By the end of Year 6, Noah will be more independent with his insulin.",
        "By July 2027, Noah will make good progress in 2 areas.",
        "By July 2027, Noah will happily engage with lessons.",
        "Noah will gain 2 kg.",  # no time
        "Noah will score 25 or more on his handwriting speed test.",  # no time
        "Target date: July 2027.\nNoah will swallow his tablets with water.",  # not its line
    ],
)
def test_outcome_still_not_smart(outcome):
    assert _smart(outcome) != []


def _drugs(text):
    return [f.quote for f in drug_name("C", text)]


@pytest.mark.parametrize(
    "text, name",
    [
        # Any word written just before a dose is a medicine, even one no list holds.
        ("He takes Zorvexal 18mg each morning at home.", "Zorvexal"),
        ("She takes ZORVEXAL 18 MG each morning.", "ZORVEXAL"),
        ("He has Brenzatide XL 36 mg before school.", "Brenzatide"),
        ("She has quintoral oral solution 2.5 ml at night.", "quintoral"),
        # More of BNFc by name and by family ending, in any case.
        ("He takes co-amoxiclav for his chest.", "co-amoxiclav"),
        ("She has Diazepam rectally for long seizures.", "Diazepam"),
        ("She takes brivaracetam twice a day.", "brivaracetam"),
        ("He takes Losec for reflux.", "Losec"),
        ("He has amlodipine for his blood pressure.", "amlodipine"),
        ("She takes colecalciferol in winter.", "colecalciferol"),
        # A capitalised name before the form a medicine comes in is a brand.
        ("He uses Nazivex nasal spray for headaches.", "Nazivex"),
        ("She has Clotrava injections at home.", "Clotrava"),
    ],
)
def test_drug_names_in_any_form(text, name):
    assert name in _drugs(text)


@pytest.mark.parametrize(
    "text",
    [
        "She drinks 200 ml of water at break.",
        "He has a bolus feed of 150 ml at 10am.",
        "She takes 5 ml twice a day.",
        "He needs a further 2 units if his reading is high.",
        "She has milk 200ml at snack time.",
        "Staff will give Amir 2 puffs of his inhaler.",  # the child, not the medicine
        "His blood glucose should be between 4 and 7 mmol/L.",
        "She has an insulin pen.",
        "She has her Steroid cream and Reliever inhaler.",  # the kind of medicine
        "Staff will keep Amir tablets in the office.",  # the child after a verb
        "Tablets are kept in the office.",  # a sentence's first word
    ],
)
def test_not_a_drug_name(text):
    assert _drugs(text) == []


def _jargon(text):
    return [f.quote for f in jargon("C", text)]


@pytest.mark.parametrize(
    "text",
    [
        # Explained in the ways writers explain.
        "Leo has ataxia [his movements are shaky and unsteady].",
        "Leo has ataxia, that is, shaky and unsteady movement.",
        "Leo has ataxia which makes his walking unsteady.",
        "Leo has ataxia. This is a condition that makes movement shaky.",
        "Leo has ataxia. That is, his movements are shaky.",
        "Leo has ataxia. In simple terms, his movements are shaky.",
        "Leo has ataxia. Ataxia means shaky, unsteady movement.",
        "Ataxia is difficulty with balance and steady movement. Leo has ataxia.",
        "Leo's movements are shaky and his balance is poor - ataxia.",
        # An acronym between the word and its explanation.
        "Leo has phenylketonuria (PKU), a rare condition where the body cannot break down "
        "some protein.",
        # A name in the phrase before its explanation.
        "Leo has hypermobile Ehlers-Danlos syndrome, a condition that makes joints loose.",
        # A word in a named syndrome, disorder or disease, or with its type: a diagnosis.
        "Leo has joint hypermobility syndrome.",
        "Leo was diagnosed with hypermobility spectrum disorder in 2025.",
        "Leo has neurofibromatosis type 1.",
        # A diagnosis families are given by name.
        "Leo has spina bifida and hydrocephalus.",
    ],
)
def test_jargon_explained_or_a_diagnosis(text):
    assert _jargon(text) == []


@pytest.mark.parametrize(
    "text, word",
    [
        ("Leo has hypotonia and Down syndrome.", "hypotonia"),  # not across "and"
        ("Leo has ataxia, so he needs a frame.", "ataxia"),
        # Words of clinic letters.
        ("She has a stoma on her tummy.", "stoma"),
        ("She has a neurogenic bladder.", "neurogenic"),
        ("She has overgranulation around her button.", "overgranulation"),
    ],
)
def test_jargon_still_found(text, word):
    assert any(word in quote for quote in _jargon(text))


def test_and_his_doctors_is_not_a_service_name():
    assert _jargon("Leo has ataxia and his doctors want him to use a frame.") == ["ataxia"]
    assert _jargon("Leo sees the neuromuscular and respiratory team.") == []
