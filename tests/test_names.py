"""Name matching, one behaviour per test."""

import datetime as dt
import functools

import pytest

from coi.explain import explain
from coi.model import Kind
from coi.names import Candidate, NameIndex, compare_names, fold, fold_forms, looks_like_organization, org
from coi.names.org import basename, initials_alone, org_kind, parse_org
from coi.names.reasons import feature_words
from coi.policy import load_policy

THRESHOLD = load_policy().prompt_threshold
P, ORG = Kind.PERSON, Kind.ORGANIZATION


def score(a, b, kind=P, **kw):
    return compare_names(a, b, kind, **kw).score


@pytest.mark.parametrize("raw,folded", [
    ("José Núñez", "jose nunez"), ("Łukasz Wójcik", "lukasz wojcik"), ("Ｊｏｈｎ", "john"),
    ("O’Brien", "obrien"), ("Jo\u200bhn\u202e", "john"), ("Jose\u0301", "jose"),
])
def test_fold_removes_accents_width_invisibles_and_apostrophes(raw, folded):
    assert fold(raw) == folded


def test_cyrillic_letter_inside_latin_name_has_latin_skeleton():
    assert "John Smith" in fold_forms("J\u043ehn Smith")  # Cyrillic о


def test_confusable_read_by_look_not_sound():
    assert "Paul" in fold_forms("\u03a1aul")  # Greek capital rho looks like P


@pytest.mark.parametrize("a,b", [
    ("William Smith", "Bill Smith"), ("Margaret O'Neil", "Peggy ONeil"), ("John Smith", "J. Smith"),
    ("Wei Zhang", "Zhang Wei"), ("Luis Diaz", "Diaz, Luis"), ("Michael Johnson", "Micheal Jonhson"),
    ("Katherine Lee", "Catherine Lee"), ("María de la Cruz", "Maria Delacruz"), ("Ana García Márquez", "Ana García"),
    ("Anna Smith-Jones", "Anna Jones"), ("Robert Kowalski Jr.", "Sgt. Robert Kowalski"),
    ("John Smith", "John Andrew Smith"), ("Zoë Papadopoulos", "Zoe Papadopoulos"),
    ("Ana Luisa García", "Ana García Márquez"),  # a middle name, and a surname part added: not a conflict
    ("John Paul Smith", "John Michael Paul Smith"),  # one of two middle names left out
    ("John M. Smith", "John Paul Michael Smith"),
])
def test_variants_of_one_person_reach_the_threshold(a, b):
    assert score(b, a) >= THRESHOLD


@pytest.mark.parametrize("a,b", [
    ("John Smith", "John Schmidt"), ("Robert Kowalski Jr.", "Robert Kowalski Sr."), ("Maria Diaz", "Mario Diaz"),
    ("Daniel Park", "Danielle Park"), ("John A. Smith", "John B. Smith"), ("Paul Jensen", "Paul Johnson"),
    ("Mary Smith", "J. Smith"), ("John Michael Smith", "John Paul Smith"), ("John A. Smith", "John B. C. Smith"),
])
def test_different_people_stay_below_the_threshold(a, b):
    assert score(b, a) < THRESHOLD


def test_a_middle_name_read_as_a_surname_part_is_not_compared_as_a_middle_name():
    """"Orlena Westbrook Ly" read as Westbrook Ly, a double surname sharing Westbrook: the
    other's middle name Dawn meets no middle name, not Westbrook (a conflict, -30 bits, that
    missed a fifth of the generated "added surname part" pairs with the same date of birth)."""
    d = dt.date(1961, 2, 14)
    hit = compare_names("Orlena Westbrook Ly", "Orlena Dawn Westbrook", P, query_dob=d, candidate_dob=d)
    levels = {f.comparison: f.level for f in hit.features}
    assert levels["surname"] == "part shared" and levels["middle"] == "one side only"
    assert hit.score >= THRESHOLD


def test_same_date_of_birth_corroborates():
    d = dt.date(1970, 3, 4)
    assert score("J. Smith", "John Smith", query_dob=d, candidate_dob=d) > score("J. Smith", "John Smith")


def test_namesake_with_other_date_of_birth_is_someone_else():
    assert score("Luis Diaz", "Luis Diaz", query_dob=dt.date(1981, 5, 5), candidate_dob=dt.date(1970, 1, 2)) < THRESHOLD


def test_date_of_birth_with_day_and_month_swapped_is_not_a_refutation():
    assert score("Luis Diaz", "Luis Diaz", query_dob=dt.date(1970, 2, 1), candidate_dob=dt.date(1970, 1, 2)) >= THRESHOLD


def test_maiden_name_in_parentheses_matches():
    assert score("Mary Smith", "Mary Jones (née Smith)") >= THRESHOLD


@pytest.mark.parametrize("a,b", [
    ("Village of Oak Ridge Police Department", "Oak Ridge PD"),
    ("Police Department of Oak Ridge", "Oak Ridge Police Dept."),
    ("Acme Security Services, Inc.", "Acme Security Services LLC"),
    ("Fraternal Order of Police Lodge 7", "FOP Lodge 7"),
    ("Cook County Sheriff's Office", "Cook County Sheriff"),
])
def test_organization_variants_match(a, b):
    assert score(b, a, ORG) >= THRESHOLD


@pytest.mark.parametrize("a,b", [
    ("FOP Lodge 7", "FOP Lodge 73"), ("Oak Ridge Police Department", "Oak Ridge Fire Department"),
    ("Marion County Sheriff's Office", "Marlow County Sheriff's Office"), ("Oak Park PD", "Oak Lawn PD"),
    ("Cook County Sheriff's Office", "Cook County State's Attorney's Office"),
])
def test_different_organizations_stay_below_the_threshold(a, b):
    assert score(b, a, ORG) < THRESHOLD


def test_every_hit_explains_itself():
    ev = compare_names("Bill Smith", "William Smith", P)
    levels = {f.comparison: f.level for f in ev.features}
    assert levels == {"surname": "exact", "given": "nickname"} and "nickname" in ev.reason
    assert ev.matched == "William Smith" and dict(ev.components)["surname"] > 0


def test_index_blocks_unrelated_names_out():
    idx = NameIndex([Candidate("William Smith", P, 1), Candidate("Grace Okafor", P, 2)])
    assert idx.block("Bill Smith", P) == {0}
    assert idx.block("Tomasz Zielinski", P) == set()


def test_index_finds_swapped_and_misspelt_names():
    idx = NameIndex([Candidate("Wei Zhang", P, 1), Candidate("Michael Johnson", P, 2)])
    assert [h.candidate.ref for h in idx.match("Zhang Wei", P, floor=THRESHOLD)] == [1]
    assert [h.candidate.ref for h in idx.match("Micheal Jonhson", P, floor=THRESHOLD)] == [2]


@pytest.mark.parametrize("name,expected", [("Oak Ridge Police Dept.", True), ("Smith & Sons LLC", True),
                                           ("John Smith", False), ("Null", False)])
def test_looks_like_organization(name, expected):
    assert looks_like_organization(name) is expected


@pytest.mark.parametrize("name", ["Illinois Society of Arson Examiners", "Prairie State Troopers Foundation",
                                  "Kestrel Falls Juvenile Detention and Corrections", "Granite Shield Services",
                                  "Wrenfield Firefighters Brotherhood", "Heronton Power Authority"])
def test_a_society_a_foundation_a_jail_a_firm_or_a_utility_reads_as_an_organization(name):
    assert looks_like_organization(name)


@pytest.mark.parametrize("name", ["Velmora Cafe", "Quintaro's Pizza", "Lumaro Pub", "Kestrel Brewing Company",
                                  "Minerva Indian Cuisine", "Heronton Inn"])
def test_an_eating_place_or_an_inn_reads_as_an_organization(name):
    """coi compare and a docket without a kind column read "Mario's Pizza" as a business, not as
    a person surnamed Pizza; Grill and Kitchen, which people bear, do not mark one alone."""
    assert looks_like_organization(name)


@pytest.mark.parametrize("name, expected", [
    ("Lala's Grill", True), ("Kelly\u2019s Irish Pub", True), ("Quintaro's Kitchen", True),
    ("Patrick O'Brien", False), ("Marco D'Angelo", False), ("D'Angelo's", False), ("Ng'ang'a Kamau", False),
])
def test_a_possessive_before_another_word_reads_as_a_business(name, expected):
    """Grill, Kitchen and Bar are names people bear, so they mark nothing alone; "'s" before
    another word does: no person's name is written so."""
    assert looks_like_organization(name) is expected


def test_no_word_that_marks_an_organization_is_a_name_many_americans_bear():
    from coi.names.frequency import us_frequencies
    from coi.names.index import _ORG_MARKERS

    census = us_frequencies()
    bearers = {w: census.surnames.get(w, 0) + census.given.get(w, 0) for w in _ORG_MARKERS}
    assert {w: n for w, n in bearers.items() if n > 10_000} == {}
    assert not looks_like_organization("Thomas Church") and not looks_like_organization("Anna League")


@pytest.mark.parametrize("name", ["NA", "Null", "None", "nan"])
def test_names_that_look_like_missing_values_are_names(name):
    assert score(f"{name} Smith", f"{name} Smith") >= THRESHOLD


# ---- fixes for the weak spots the outside tuning sets showed (bench/outside.py, docs/MATCHING.md)

@pytest.mark.parametrize("a,b", [("Zoe Reid", "Zeo Reid"), ("John Banelis", "Joh Banelis"),
                                 ("Charlie Stanley", "Charli Stanley"), ("Hanna White", "Hanah White")])
def test_a_known_given_name_against_a_spelling_no_list_knows_is_a_slip(a, b):
    assert score(b, a) >= THRESHOLD


@pytest.mark.parametrize("a,b", [("Helen Ebert", "Helena Ebert"), ("Jon Smith", "Joan Smith"),
                                 ("Paul Moreau", "Paula Moreau")])
def test_two_known_given_names_a_letter_apart_stay_two_names(a, b):
    assert score(b, a) < THRESHOLD


@pytest.mark.parametrize("a,b", [("Helen Ebert", "Helena Ebert"), ("Rosie Minter", "Rosi Minter"),
                                 ("Louisa Brandt", "Louise Brandt")])
def test_two_related_names_one_sex_bears_are_one_person_with_the_same_date_of_birth(a, b):
    # issue 13 item 3: a given name one edit away, the same surname and the same date of
    # birth are a match; no parents name twins Helen and Helena (the Census: both women's)
    dob = dt.date(1966, 3, 16)
    ev = compare_names(b, a, P, query_dob=dob, candidate_dob=dob)
    assert ev.score >= THRESHOLD and "same date of birth" in ev.reason
    assert [f.level for f in ev.features if f.comparison == "given"] == ["related form, one sex"]
    assert score(b, a) < THRESHOLD  # without a date of birth they stay two names
    assert compare_names(b, a, P, query_dob=dob, candidate_dob=dt.date(1971, 8, 2)).score < THRESHOLD


@pytest.mark.parametrize("party, disclosed", [
    ("Mia Purdon", "Luke Purdon"),  # another given name (Febrl puts one in)
    ("Paula Moreau", "Paul Moreau"),  # boy-and-girl twins are named so
    ("Richard Ibarra", "Daniel Ibarra"),  # a legal first name against the middle name he goes by
    ("R. Ibarra", "Daniel Ibarra"),  # an initial that does not fit
])
def test_another_given_name_with_the_same_surname_and_date_of_birth_prompts(party, disclosed):
    # a twin — for most relatives a relative of the same kind — or the same person under
    # another name: a 'possibly' or 'likely' prompt, its reason saying which
    dob = dt.date(1961, 11, 11)
    ev = compare_names(party, disclosed, P, query_dob=dob, candidate_dob=dob)
    assert ev.score >= THRESHOLD and "twin" in ev.reason and "same date of birth" in ev.reason
    assert [f.level for f in ev.features if f.comparison == "given"] == ["another name, same surname and birth date"]
    # any one of the three missing, and it is another person again
    assert score(party, disclosed) < THRESHOLD
    assert compare_names(party, disclosed, P, query_dob=dob, candidate_dob=dt.date(1961, 12, 11)).score < THRESHOLD
    other_surname = disclosed.replace("Ibarra", "Ibarrola").replace("Purdon", "Pardoe").replace("Moreau", "Moreno")
    assert compare_names(party, other_surname, P, query_dob=dob, candidate_dob=dob).score < THRESHOLD


def test_a_surname_slip_beside_another_given_name_on_the_same_birth_date_prompts_two_real_surnames_do_not():
    dob = dt.date(1952, 12, 7)
    slip = compare_names("Emma Hoffamn", "Carly Hoffman", P, query_dob=dob, candidate_dob=dob)
    assert slip.score >= THRESHOLD and "likely a typing slip" in slip.reason and "twin" in slip.reason
    same = compare_names("Emma Hoffman", "Carly Hoffman", P, query_dob=dob, candidate_dob=dob)
    assert slip.match_weight < same.match_weight
    # Jung and Jang are two families' names: another given name beside them is another person
    assert compare_names("Minji Jang", "Soyeon Jung", P, query_dob=dob, candidate_dob=dob).score < THRESHOLD


@pytest.mark.parametrize("party, disclosed", [("Tom Thomas", "Mary Thomas"), ("Jim James", "Mary James"),
                                             ("Ben Benjamin", "June Benjamin")])
def test_the_reading_another_given_name_wins_with_the_same_date_of_birth_is_the_one_weighed(party, disclosed):
    # without the date another reading scores best (Thomas a form of Tom); with it the straight
    # reading, another given name beside the same surname and date, wins: screening agrees
    dob = dt.date(1970, 1, 1)
    ev = compare_names(party, disclosed, P, query_dob=dob, candidate_dob=dob)
    assert ev.score >= THRESHOLD
    assert [f.level for f in ev.features if f.comparison == "given"] == ["another name, same surname and birth date"]
    idx = NameIndex([Candidate(disclosed, P, 1, dob)])
    hits = idx.match_dates(party, P, [dob, None], floor=THRESHOLD)
    assert [h.evidence.score for h in hits[0]] == [ev.score] and hits[1] == []


def test_another_given_name_on_the_same_birth_date_weighs_less_than_a_related_form():
    dob = dt.date(1966, 3, 16)
    related = compare_names("Helena Ebert", "Helen Ebert", P, query_dob=dob, candidate_dob=dob)
    other = compare_names("Maria Ebert", "Helen Ebert", P, query_dob=dob, candidate_dob=dob)
    assert other.match_weight < related.match_weight


def test_a_common_surname_on_the_same_birth_date_does_not_prompt_another_name_in_a_million_rows():
    # among a million rows, namesakes born on the same day occur: the docket-size prior
    # (coi.names.evidence.prior) keeps "Margaret Smith" from the disclosed Jennifer Smith
    from coi.names import evidence

    dob = dt.date(1980, 3, 4)
    ev = compare_names("Margaret Smith", "Jennifer Smith", P, query_dob=dob, candidate_dob=dob)
    assert ev.score >= THRESHOLD  # a small docket: possibly her twin
    in_a_million = ev.match_weight - ev.prior + evidence.prior("person", 1_000_000)
    assert 100 * evidence.probability(in_a_million) < THRESHOLD


def test_screening_finds_another_given_name_on_the_same_birth_date():
    # the batched sum drops pairs that cannot reach the floor before it grades the dates:
    # it must allow for what the same date of birth does to another given name
    dob = dt.date(1961, 11, 11)
    idx = NameIndex([Candidate("Luke Purdon", P, 1, dob), Candidate("Ann Purdon", P, 2, dt.date(1950, 1, 2))])
    by_date = idx.match_dates("Mia Purdon", P, [dob, None, dt.date(1961, 11, 12)], floor=THRESHOLD)
    assert [[h.candidate.ref for h in hits] for hits in by_date] == [[1], [], []]
    assert by_date[0][0].evidence.score == compare_names("Mia Purdon", "Luke Purdon", P, query_dob=dob,
                                                         candidate_dob=dob).score


@pytest.mark.parametrize("a,b", [("George Artis", "Geo Rge Artis"), ("Amber Blackwell", "Amber Black Well"),
                                 ("Charles Trevorrow", "Trevorrow Cha Rles")])
def test_a_space_typed_inside_a_name_part_is_taken_out(a, b):
    assert score(b, a) >= THRESHOLD


def test_taking_a_space_out_does_not_merge_a_middle_initial_into_the_given_name():
    assert score("John A. Smith", "John B. Smith") < THRESHOLD
    assert score("John A. Smith", "Johna Smith") < score("John A. Smith", "John Smith")


def test_swapped_order_is_tried_on_either_side():
    d = dt.date(1983, 10, 24)
    assert score("Luke", "Luke Purdon", query_dob=d, candidate_dob=d) == \
        score("Luke Purdon", "Luke", query_dob=d, candidate_dob=d)


def test_a_name_that_is_only_a_title_word_is_a_surname():
    levels = [(f.comparison, f.level) for f in compare_names("Bishop", "Samuel Bishop", P).features]
    assert levels == [(f.comparison, f.level) for f in compare_names("Purdon", "Luke Purdon", P).features]
    assert ("surname", "exact") in levels


@pytest.mark.parametrize("a,b", [("Spago (Los Angeles)", "Spago"),
                                 ("Oak Ridge Police Department (Illinois)", "Oak Ridge PD")])
def test_a_bracketed_qualifier_on_one_side_only_does_not_make_another_organization(a, b):
    assert score(b, a, ORG) >= THRESHOLD


def test_bracketed_qualifiers_on_both_sides_are_compared():
    assert score("Spago (Las Vegas)", "Spago (Los Angeles)", ORG) < THRESHOLD


def test_every_person_level_has_trained_weights_and_says_how():
    from bench.train_persons import LEVELS
    from coi.names.evidence import load_weights

    weights = load_weights("person")["comparisons"]
    for comparison, levels in LEVELS.items():
        for level in levels:
            row = weights[comparison][level]
            assert row["m"] > 0 and row["u"] > 0 and row["how"], (comparison, level)


# ------------------------------------------------------------------ swapped order, dates of birth

@pytest.mark.parametrize("party, disclosed", [
    ("Janice Taylor", "Taylor Jones"),  # swapped, and Janice only sounds like Jones
    ("William Harris", "Harry Williams"),  # swapped, and a slip in both parts
    ("Parker Davis", "David Parks"),
])
def test_a_swapped_reading_with_a_part_that_is_not_exact_does_not_prompt(party, disclosed):
    assert compare_names(party, disclosed, P).score < THRESHOLD


@pytest.mark.parametrize("party, disclosed", [
    ("Zhang Wei", "Wei Zhang"),
    ("Chavarría Julio César", "Julio César Chavarría"),  # surname first, with a middle name
])
def test_a_name_written_surname_first_prompts(party, disclosed):
    assert compare_names(party, disclosed, P).score >= 95


def test_a_name_with_a_middle_initial_is_not_read_surname_first():
    assert compare_names("Smith R. John", "John R. Smith", P).score < THRESHOLD


def test_the_same_date_of_birth_lifts_a_surname_alone_with_a_slip():
    # a rare surname alone, with a slip, is at most "possibly" the same person; the same date
    # of birth makes it "likely" (evidence model: the date adds its bits to the name's)
    dob = dt.date(1961, 11, 11)
    alone = compare_names("Purdn", "Luke Purdon", P)
    assert alone.probability < 0.9
    ev = compare_names("Purdn", "Luke Purdon", P, query_dob=dob, candidate_dob=dob)
    assert ev.score >= THRESHOLD and ev.probability >= 0.9 and "same date of birth" in ev.reason


def test_the_same_date_of_birth_does_not_make_a_reordered_other_surname_one_person():
    dob = dt.date(1961, 11, 11)
    assert compare_names("Taylor Janice", "Janice Tyler", P, query_dob=dob, candidate_dob=dob).score < THRESHOLD


@pytest.mark.parametrize("party, disclosed", [
    ("Michael Brown", "Michelle Brown"),  # same sound (metaphone MXL)
    ("Stephen Wood", "Stephanie Wood"),  # a short form in common (Steph)
    ("Erin Fisher", "Aaron Fisher"),
    ("Christian Johnson", "Christine Johnson"),
])
def test_a_mans_and_a_womans_given_name_are_two_people(party, disclosed):
    ev = compare_names(party, disclosed, P)
    assert ev.score < THRESHOLD and "a man's and a woman's" in ev.reason


def test_a_name_both_men_and_women_bear_is_no_conflict_of_sexes():
    assert compare_names("Jordan Lee", "Jordan Lee", P).score >= THRESHOLD
    assert compare_names("Kelly Brown", "Kelli Brown", P).score >= THRESHOLD


@pytest.mark.parametrize("party, disclosed", [
    ("William Johnston", "Robert Johnston"),  # the tables give Bill for both
    ("Nathan Patterson", "John Patterson"),  # both lead to Jonathan
])
def test_two_full_given_names_sharing_a_short_form_are_two_names(party, disclosed):
    assert compare_names(party, disclosed, P).score < THRESHOLD


@pytest.mark.parametrize("party, disclosed", [
    ("Betty Fuller", "Lisa Fuller"),  # two short forms of Elizabeth
    ("Bill Fuller", "William Fuller"),
    ("Kasia Nowak", "Katarzyna Nowak"),  # through the English form
])
def test_nicknames_still_match(party, disclosed):
    assert compare_names(party, disclosed, P).score >= THRESHOLD


@pytest.mark.parametrize("short, full", [
    ("basia", "barbara"), ("jurek", "jerzy"), ("zosia", "zofia"), ("piotrek", "piotr"), ("bartek", "bartlomiej"),
    ("tadek", "tadeusz"), ("ania", "anna"), ("tasos", "anastasios"), ("yiannis", "ioannis"), ("rafa", "rafael"),
    ("charo", "rosario"), ("pili", "pilar"), ("chema", "jose"), ("tono", "antonio"), ("santi", "santiago"),
    ("tolya", "anatoliy"), ("greta", "margaret"), ("ilse", "elizabeth"),
    ("robbie", "robert"), ("vern", "vernon"), ("alf", "alfred"), ("lulu", "louise"),  # English ones the library lacks
])
def test_a_diminutive_the_tables_lacked_is_a_nickname(short, full):
    # each was "another given name" (30 bits against) before the thirty-ninth session
    from coi.names.person import nickname_match

    assert nickname_match(short, full) and nickname_match(full, short)


def test_a_diminutive_in_the_owners_language_prompts_on_a_party():
    assert compare_names("Basia Wrzesniewska", "Barbara Wrzesniewska", P).score >= THRESHOLD
    assert compare_names("Tasos Papadakis", "Anastasios Papadakis", P).score >= THRESHOLD


def test_a_mans_given_name_is_not_taken_for_a_womans_middle_name():
    assert compare_names("Michael Brown", "Anna Michael Brown", P).score < THRESHOLD
    assert compare_names("Maria Dominguez", "Ana María Domínguez", P).score >= THRESHOLD


@pytest.mark.parametrize("party, disclosed", [
    ("Goodman Timothy", "Timothy Goodman"),  # Goodman is also an old title in nameparser's list
    ("de la Crúz Esperanza", "Esperanza de la Crúz"),  # a particle surname written first
    ("María Loya", "María del Carmen Loya"),  # del Carmen is part of the given name
    ("Sasha Petrov", "Alexander Petrov"),  # a short form of either sex, from the cognates table
])
def test_surname_first_and_compound_given_names_prompt(party, disclosed):
    assert compare_names(party, disclosed, P).score >= THRESHOLD


def test_two_women_named_maria_del_carmen_are_told_apart_by_surname():
    assert compare_names("María del Carmen Galarza", "María del Carmen Loya", P).score < THRESHOLD


@pytest.mark.parametrize("party, disclosed", [
    ("CARMEN QUORVALES", "María del Carmen Quorvales"),  # she goes by the devotional name
    ("María del Rosario Quorvales", "Rosario Quorvales"),
    ("JESUS QUORVALES", "José de Jesús Quorvales"),
    ("ANGELES QUORVALES", "María de los Ángeles Quorvales"),  # de los: two particles
    ("MA DEL CARMEN QUORVALES", "María del Carmen Quorvales"),  # Ma without its period
    ("QUORVALES, MARIA DEL CARMEN", "María del Carmen Quorvales"),  # written surname first
])
def test_a_compound_given_name_with_a_devotional_name_meets_each_form_she_goes_by(party, disclosed):
    """Helper-144: the compound was one word (mariadelcarmen), so Carmen alone, and Ma del
    Carmen without Ma's period, met it at 0.0."""
    assert compare_names(party, disclosed, P).score >= THRESHOLD


@pytest.mark.parametrize("party, disclosed", [
    ("MARIA D QUORVALES", "María del Carmen Quorvales"),  # the middle field's first letter: del
    ("QUORVALES, MARIA DC", "María del Carmen Quorvales"),
    ("JOSE D QUORVALES", "José de Jesús Quorvales"),
    ("MARIA DLA QUORVALES", "María de los Ángeles Quorvales"),
    ("MARIA QUORVALES", "Maria da Glória Quorvales"),  # Portuguese particles
    ("MARIA QUORVALES", "Maria do Socorro Quorvales"),
])
def test_a_devotional_compound_meets_its_particles_initials_and_portuguese_particles(party, disclosed):
    """Helper-145's review: with Carmen read as a middle name, a docket's middle initial D
    (of del) conflicted (90.2 -> 0.0), and da, do, dos, das were no longer particles (the
    surname read dagloriaquorvales)."""
    assert compare_names(party, disclosed, P).score >= THRESHOLD


def test_a_womans_devotional_name_is_not_a_mans_compounds():
    assert compare_names("CARMEN QUORVALES", "José del Carmen Quorvales", P).score < THRESHOLD
    assert compare_names("MARIA E QUORVALES", "María del Carmen Quorvales", P).score < THRESHOLD




@pytest.mark.parametrize("party, disclosed", [
    ("ISAAC QUORVANSKY", "Yitzchak Quorvansky"),  # Hebrew and Yiddish forms (helper-144: 0.0 before)
    ("SOLOMON QUORVANSKY", "Shlomo Quorvansky"),
    ("MOSES QUORVANSKY", "Moshe Quorvansky"),
    ("HANNAH QUORVANSKY", "Chana Quorvansky"),
    ("MENDEL QUORVANSKY", "Menachem Quorvansky"),
    ("TREY QUORVANSKY", "Robert Quorvansky III"),  # the names men go by after their generation
    ("JUNIOR QUORVANSKY", "Luis Quorvansky Jr."),
    ("CHIP QUORVANSKY", "Charles Quorvansky Jr."),
    ("DEUCE QUORVANSKY", "William Quorvansky II"),
])
def test_a_hebrew_form_and_a_generations_call_name_meet_the_name(party, disclosed):
    assert compare_names(party, disclosed, P).score >= THRESHOLD


@pytest.mark.parametrize("party, disclosed", [
    ("JACOB QUORVANSKY", "Yitzchak Quorvansky"),  # another patriarch's name
    ("SAMUEL QUORVANSKY", "Shlomo Quorvansky"),
    ("TREY QUORVANSKY", "Robert Quorvansky Jr."),  # Trey is a III's name, not a Jr.'s
    ("TREY QUORVANSKY", "Robert Quorvansky"),  # the father, or anyone
    ("JUNIOR QUORVANSKY", "Luis Quorvansky Sr."),
    ("JUNIOR QUORVANSKY", "Luis Quorvansky III"),
])
def test_a_hebrew_form_and_a_generations_call_name_stay_apart_from_other_names(party, disclosed):
    assert compare_names(party, disclosed, P).score < THRESHOLD


@pytest.mark.parametrize("party, disclosed", [
    ("ZBIGNIEW NOWAKOWSKI", "Zbigniew Nowak"),  # helper-144: 77.7 before, as "similar"
    ("OLEKSANDR BONDARENKO", "Oleksandr Bondar"),  # 86.9, as "phonetic"
    ("ARAM PETROSIAN", "Aram Petros"),
    ("ZBIGNIEW MAZUR", "Zbigniew Mazurowski"),  # either way round
])
def test_a_surname_built_on_another_with_a_family_suffix_is_another_family(party, disclosed):
    assert compare_names(party, disclosed, P).score < THRESHOLD


@pytest.mark.parametrize("party, disclosed", [
    ("WOJCIECH KROLIKOW", "Wojciech Krolikowski"),  # cut short by a field: no surname of its own
    ("ZBIGNIEW NOWAKOWSK", "Zbigniew Nowakowski"),
    ("IVAN KOWALSKA", "Ivan Kowalski"),  # a woman's form of one family's name stays a slip's reach
])
def test_a_surname_cut_short_where_a_suffix_begins_still_meets(party, disclosed):
    assert compare_names(party, disclosed, P).score >= THRESHOLD


@pytest.mark.parametrize("party, disclosed", [
    ("MARIA DEL CARMEN QUORVALES", "María Elena Quorvales"),  # two sisters: del Carmen was dropped (90.2)
    ("JOSE DE JESUS QUORVALES", "José Luis Quorvales"),  # (91.6)
    ("JUAN DE DIOS QUORVALES", "Juan Carlos Quorvales"),  # (97.4)
    ("MARIA DEL ROSARIO QUORVALES", "Carmen Quorvales"),
    ("MARIA DEL CARMEN QUORVALES", "María del Rosario Quorvales"),
])
def test_two_compound_given_names_with_other_devotional_or_middle_names_stay_apart(party, disclosed):
    assert compare_names(party, disclosed, P).score < THRESHOLD


# ------------------------------------------------------------------ organizations: the evidence model (issue 13)

def test_an_organization_score_is_the_sum_of_its_features():
    ev = compare_names("Elmhurst PD", "City of Elmhurst Police Department", ORG)
    assert ev.features and ev.match_weight == pytest.approx(ev.prior + sum(f.weight for f in ev.features))
    from coi.names.evidence import score as score_of

    assert ev.score == score_of(ev.match_weight)


def test_a_university_police_department_is_not_the_towns():
    assert score("Delford University Police Department", "City of Delford Police Department", ORG) < THRESHOLD
    assert score("Delford Police Dept.", "City of Delford Police Department", ORG) >= THRESHOLD


def test_a_union_whose_words_all_stand_in_another_unions_name_is_another_union():
    assert score("Metro Council of Police", "Metro Fraternal Order of Police Labor Council", ORG) < THRESHOLD
    assert score("Ridgecombe Police Union", "Ridgecombe Police Supervisors Union", ORG) < THRESHOLD


def test_a_distinctive_word_on_one_side_only_counts_against_and_a_generic_one_little():
    from coi.names.org import org_evidence

    def weight_of(word, a, b):
        return next(f.weight for f in org_evidence(a, b)[0] if word in (f.left, f.right))

    generic = weight_of("department", "Harlow Police", "Harlow Police Department")
    distinctive = weight_of("supervisors", "Harlow Police Union", "Harlow Police Supervisors Union")  # as written
    assert distinctive < generic < 0


def test_a_word_shared_weighs_by_its_distinctiveness_in_the_corpus():
    from coi.names.org_corpus import OrgCorpus, word_share

    corpus = OrgCorpus.from_names([f"Town{i} Police Department" for i in range(50)] + ["Elmhurst Fire Department"])
    assert word_share("police", corpus) > 10 * word_share("elmhurst", corpus)
    with_corpus = compare_names("Elmhurst Police Department", "Elmhurst PD", ORG, corpus=corpus)
    shared = next(f for f in with_corpus.features if f.level == "shared")
    assert "elmhurst" in shared.left and shared.weight > 5


def test_the_shipped_prior_makes_generic_words_common_without_a_corpus():
    from coi.names.org_corpus import word_share

    for generic in ("police", "department", "association", "illinois"):
        assert word_share(generic) >= 0.05 > 100 * word_share("elmhurst")


def test_a_confidential_party_is_not_counted_into_the_corpus_it_is_not_given():
    from coi.names.org_corpus import OrgCorpus

    assert OrgCorpus.from_names(["Elmhurst Police Department"]).counts["zephyrine"] == 0


@functools.lru_cache(maxsize=1)
def statewide_corpus():
    """A statewide docket's organizations: a police department for every Illinois place whose
    name is one word (CPD spells dozens of them, SPD and WCSO many)."""
    from coi.names.org_corpus import OrgCorpus
    from coi.names.places import place_names

    towns = sorted(n.title() for n in place_names() if " " not in n)
    return OrgCorpus.from_names([*(f"{t} Police Department" for t in towns),
                                 *(f"{t} County Sheriff's Office" for t in towns if t.startswith("W"))])


@pytest.mark.parametrize("party, disclosed", [
    ("Will County Sheriff's Office", "WCSO"),  # the member's is Winnebago's
    ("LaSalle County Sheriff's Office", "LCSO"),  # the member's is Lake's
    ("University of Iowa Police Department", "UIPD"),  # the member's is Illinois's
    ("Housing Opportunities for People Everywhere", "HOPE"),
])
def test_a_disclosed_acronym_alone_meets_no_full_name_even_where_the_docket_names_one_body_it_spells(party, disclosed):
    """Tried and withdrawn (docs/MATCHING.md, twenty-fourth session): meeting a disclosed
    acronym alone with the one body of the docket it spells put a member who disclosed WCSO
    (Winnebago) on Will County's sheriff at 99.7 (helper-89): the docket is not the world."""
    from coi.names.org_corpus import OrgCorpus

    corpus = OrgCorpus.from_names([party, "Tamarham Fire Department", "Elgin Police Dept."])
    assert compare_names(party, disclosed, ORG, corpus=corpus).score < THRESHOLD


@pytest.mark.parametrize("party, disclosed", [
    ("Amalgamated Quorvane Union, Local 241", "AQU 241"),  # one local of one union
    ("Quorvane Food and Commercial Workers Union, Local 881", "QFCW 881"),
    ("Tamarham Department of Transportation, District 1", "TDOT 1"),
])
def test_a_disclosed_acronym_with_its_number_meets_the_full_name_of_that_number(party, disclosed):
    """helper-107's review (ATU 241 / Amalgamated Transit Union, Local 241: 0.0): the number
    narrows the initials to one local or district; the same initials written with Local met."""
    assert compare_names(party, disclosed, ORG).score >= THRESHOLD
    assert initials_alone(disclosed)  # still warned about: the party may write no number (helper-110)


@pytest.mark.parametrize("party, disclosed", [
    ("Amalgamated Quorvane Union, Local 1241", "AQU 241"),  # another local
    ("Will County Sheriff's Office", "WCSO 7"),  # the party writes no number: the initials alone
    ("Amalgamated Quorvane Union", "AQU 241"),
])
def test_a_disclosed_acronym_with_a_number_the_party_does_not_write_meets_no_full_name(party, disclosed):
    assert compare_names(party, disclosed, ORG).score < THRESHOLD


@pytest.mark.parametrize("party, disclosed", [
    ("CPD", "Chicago Police Department"),
    ("SPD", "Springfield Police Department"),
    ("WCSO", "Winnebago County Sheriff's Office"),
])
def test_a_partys_acronym_meets_the_members_body_however_many_of_the_docket_it_spells(party, disclosed):
    """A party written CPD may be the member's employer whichever of the docket's C-town police
    departments it is: the prompt stays ("possibly"). The withdrawn adjustment (log2 of the
    bodies it spells) put CPD / Chicago Police Department at 18.9 in a statewide docket."""
    assert compare_names(party, disclosed, ORG, corpus=statewide_corpus()).score >= THRESHOLD


@pytest.mark.parametrize("party, disclosed, initialled", [
    ("WG", "Wrenfield Gas Authority", "Wrenfield Gas"),
    ("KB", "Kesterton County Bar Association", "Kesterton Bar"),
    ("OW LLP", "Ostrava Water Commission", "Ostrava Water"),
    ("RE", "Ravenswood Event Center", "Ravenswood Event"),
])
def test_two_initials_beside_generic_words_left_out_are_still_two_initials_alone(party, disclosed, initialled):
    """Two initials alone fit too many names to cover one (WG / Wrenfield Gas, 5.8); leaving a
    generic word of the name out of them (Authority, County, Association) is no more evidence.
    Before, the generic word left out earned the "all but generic words" coverage: 87–88."""
    assert score(party, disclosed, ORG) < THRESHOLD
    assert score(party, disclosed, ORG) <= score(party, initialled, ORG)


@pytest.mark.parametrize("party, disclosed", [
    ("ECSO", "Elmcrest County Sheriff's Office"),  # acronym written by the party
    ("Port Alder Area Correctional Officers Union Local 964", "PAACOU Local 964"),  # partial acronym with a number
    ("Elmcrest FOPLC", "Elmcrest Fraternal Order of Police Labor Council"),
    ("Wexhurst County Shenff's Office", "Wexhurst County Sheriff's Office"),  # a scanner's misreading
    ("5andstead County Department of Corrections", "Sandstead County Department of Corrections"),
    ("Metro Fraternal Order of Police Lab. Council", "Metro Fraternal Order of Police Labor Council"),
])
def test_acronyms_slips_and_words_cut_short_are_the_same_organization(party, disclosed):
    assert score(party, disclosed, ORG) >= THRESHOLD


@pytest.mark.parametrize("party, disclosed", [
    ("North Maple Heights Police Department", "Maple Heights Police Department"),
    ("Union Local 4", "Union Local 14"),
    ("Harlow Water Cooperative", "Harlow Electric Cooperative"),
])
def test_another_place_number_or_service_is_another_organization(party, disclosed):
    assert score(party, disclosed, ORG) < THRESHOLD


@pytest.mark.parametrize("party, disclosed", [
    ("ECSO", "Elmcrest County Sheriff's Office"),
    ("Port Alder Area Correctional Officers Union Local 964", "PAACOU Local 964"),
    ("Watson & Carroll LLP", "WC LLP"),
    ("Fraternal Order of Police Lodge 331", "Yarrowdale Fraternal Order of Police Lodge 331"),
    ("Ridgview Police Department", "Ridgeview Police Department"),
    ("8rookwell University Police Department", "Brookwell University Police Department"),
])
def test_blocking_offers_acronyms_extra_words_and_slips(party, disclosed):
    assert NameIndex([Candidate(disclosed, ORG, 1)]).block(party, ORG) == {0}


# ------------------------------------------------------------------ look-alike strangers (issue 13, item 7)

@pytest.mark.parametrize("party, disclosed", [
    ("Sou Han", "So-ra Han"),  # Sou is one letter from So, the first part of So-ra
    ("Bae Moon", "Ba-rom Moon"),
    ("Rab Hale", 'Robert "Rob" Hale'),  # a slip of a quoted nickname is no nickname
])
def test_a_slip_of_a_fragment_of_a_given_name_is_no_evidence(party, disclosed):
    assert score(party, disclosed) < THRESHOLD


@pytest.mark.parametrize("party, disclosed", [("So Han", "So-ra Han"), ("Rob Hale", 'Robert "Rob" Hale'),
                                              ("S. Han", "So-ra Han")])
def test_a_fragment_of_a_given_name_written_alike_still_stands_for_it(party, disclosed):
    assert score(party, disclosed) >= THRESHOLD


def test_two_letter_names_the_census_lists_one_letter_apart_are_two_names():
    from coi.names.person import word_level

    assert word_level("vi", "vu", surname=True) == "one vowel apart, both real"
    assert word_level("ly", "lu", surname=True) == "one vowel apart, both real"
    assert word_level("le", "lw", surname=True) == "one edit"  # Lw is no one's name: a slip of Le
    assert score("Thanh Vi", "Thanh Vu") < THRESHOLD
    assert score("Vi Khanh", "Khanh Vu") < THRESHOLD  # read the other way round, too


def _screened(given: dict[str, int], middles: dict[tuple[str, str], int] | None = None):
    """Census frequencies updated with a 20,000-row docket's counts (each word once per case)."""
    from collections import Counter

    from coi.names.frequency import us_frequencies

    surnames = Counter({"kim": 180, "lee": 240})  # as common as in a docket with many Korean names
    return us_frequencies().counted(Counter(given), surnames, 20000, rows=20000, middles=Counter(middles or {}))


def _given_level(a, b, frequencies):
    from coi.names.compare import name_evidence

    feats, _ = name_evidence(a, b, P, frequencies=frequencies)
    return next(f.level for f in feats if f.comparison == "given")


def test_a_given_name_borne_by_several_cases_parties_is_a_name_not_a_slip():
    many = _screened({"yejin": 4, "yejun": 3})
    assert _given_level("Yejin Kim", "Yejun Kim", many) == "one edit, both real"
    # a hyphenated name is counted as a given and a middle name (Seo-yun: seo, yun)
    hyphen = _screened({"seo": 9}, {("seo", "yun"): 4, ("seo", "jun"): 5})
    assert _given_level("Seo-yun Lee", "Seo-jun Lee", hyphen) == "one edit, both real"
    assert compare_names("Yejin Kim", "Yejun Kim", P, corpus=many).score < THRESHOLD


def test_a_disclosed_spelling_against_a_party_spelling_the_docket_knows_is_another_name():
    # the disclosed Yejun is a person the member knows; Yejin is borne by four cases' parties
    party_known = _screened({"yejin": 4})
    assert _given_level("Yejin Kim", "Yejun Kim", party_known) == "one edit, both real"
    assert compare_names("Yejin Kim", "Yejun Kim", P, corpus=party_known).score < THRESHOLD


def test_a_spelling_one_case_bears_is_still_a_slip_of_a_name_many_bear():
    few = _screened({"yejin": 4, "yejun": 1})
    assert _given_level("Yejun Kim", "Yejin Kim", few) == "one edit"  # the party's Yejun: a slip
    assert compare_names("Yejun Kim", "Yejin Kim", P, corpus=few).score >= THRESHOLD
    # a name the Census knows on the party's side leaves a rare disclosed spelling a slip of it
    assert _given_level("Charlie Kim", "Charli Kim", _screened({"charlie": 40})) == "one edit"


def _weights(a, b):
    return {f.comparison: (f.level, f.weight) for f in compare_names(a, b, P).features}


def test_a_name_written_the_other_way_round_and_misspelt_is_weaker_than_either_alone():
    from coi.names.evidence import level_weight

    both = _weights("Bramdt Ottilie", "Ottilie Brandt")  # surname first, and m typed for n
    assert both["order"][0] == "swapped, a part one edit"
    assert "one edit" in (both["given"][0], both["surname"][0])
    swap = level_weight("person", "order", "swapped")
    # the trained interaction: the swap and the slip together cost more than their sum
    assert both["order"][1] < swap - 1
    # (the pairs are rare enough to score near 100 at the trained prior: compared without it)
    def bits(a, b):
        e = compare_names(a, b, P)
        return e.match_weight - e.prior

    assert bits("Bramdt Ottilie", "Ottilie Brandt") < bits("Ottilie Bramdt", "Ottilie Brandt") - 1
    assert bits("Bramdt Ottilie", "Ottilie Brandt") < bits("Brandt Ottilie", "Ottilie Brandt") - 1
    assert _weights("Brandt Ottilie", "Ottilie Brandt")["order"][0] == "swapped"


# invented names, each written surname first with a slip in each part (a letter typed in, one
# doubled, two swapped, one left out)
_SWAPPED_SLIPPED = [("Tamsin Quorvelle", "Quorvlele Tasmin"), ("Brodie Halvorsent", "Halvorsen Brodei"),
                    ("Ifeyinwa Okonkwo", "Okonkow Ifeyinwq"), ("Brodie Halvorsen", "Halvorsne Brodiw"),
                    ("Samuel Ryan", "Ryman Samel")]


@pytest.mark.parametrize("party, disclosed", _SWAPPED_SLIPPED)
def test_a_name_written_the_other_way_round_with_a_slip_in_each_part_and_the_same_birth_date_prompts(party, disclosed):
    dob = dt.date(1974, 3, 19)
    ev = compare_names(party, disclosed, P, query_dob=dob, candidate_dob=dob)
    assert ev.score >= THRESHOLD
    assert {f.comparison: f.level for f in ev.features}["order"] == "swapped, a slip in each part"
    # a namesake born on another day is someone else
    assert compare_names(party, disclosed, P, query_dob=dob, candidate_dob=dt.date(1981, 10, 2)).score < THRESHOLD


def test_a_common_name_written_the_other_way_round_with_a_slip_in_each_part_needs_the_date():
    # the name alone is a reordering and two slips of names many bear: not enough to prompt
    assert score("Samuel Ryan", "Ryman Samel") < THRESHOLD
    # a rare name's slips say more, the swap and the slips still cost bits against the straight name
    assert score("Brodie Halvorsen", "Halvorsne Brodiw") < score("Brodie Halvorsen", "Brodiw Halvorsne")


def test_a_slip_in_each_part_of_a_swapped_reading_costs_the_trained_interaction_twice():
    from coi.names.evidence import level_weight

    swap = level_weight("person", "order", "swapped")
    one = level_weight("person", "order", "swapped, a part one edit")
    both = level_weight("person", "order", "swapped, a slip in each part")
    assert both == pytest.approx(swap + 2 * (one - swap), abs=0.01)
    assert both < one < swap


def test_a_swapped_slip_of_a_common_given_name_weighs_no_more_than_the_name_itself():
    # Samuel stands as the surname in the swapped reading: its slip weighs at most what an
    # exact Samuel weighs as the given name it is far more often
    w = _weights("Samuel Ryan", "Ryman Samel")
    assert w["order"][0] == "swapped, a slip in each part"
    exact = _weights("Samuel Ryan", "Samuel Ryan")
    assert w["surname"][1] < exact["given"][1]


def test_two_real_names_a_slip_apart_read_the_other_way_round_are_not_one_name():
    # Harris / Harry and William / Williams are names of their own, not slips
    dob = dt.date(1966, 8, 30)
    ev = compare_names("William Harris", "Harry Williams", P, query_dob=dob, candidate_dob=dob)
    assert {f.comparison: f.level for f in ev.features}.get("order") != "swapped, a slip in each part"
    assert ev.score < THRESHOLD


@pytest.mark.parametrize("party, disclosed", [
    ("Nikolaos Christou", "Christos Nikolaou"),  # helper-108's review: two Greek names
    ("Georgios Dimitriou", "Dimitrios Georgiou"),
    ("Ivan Petrov", "Petr Ivanov"),
    ("Fernando Martin", "Martinez Fernandez"),
])
def test_a_given_name_against_the_surname_made_from_it_is_no_slip_of_a_name_written_the_other_way_round(party, disclosed):
    dob = dt.date(1971, 6, 2)
    assert compare_names(party, disclosed, P).score < THRESHOLD
    assert compare_names(party, disclosed, P, query_dob=dob, candidate_dob=dob).score < THRESHOLD


@pytest.mark.parametrize("party, disclosed", [
    ("Ada Wu", "Wu Ida"),  # helper-137's review: Ada and Ida two given names, not one surname with a slip
    ("Carl Hensley", "Hensley Carla"),  # a man's and a woman's name, not a surname Carl / Carla
    ("Tom Lee", "Lee Tim"),
    ("Yuki Sato", "Saito Yuki"),  # Sato and Saito two real surnames, not a given name with a slip
    ("Ian Roe", "Roe Ivan"),
    ("Marta Quill", "Quill Martin"),
])
def test_a_name_written_the_other_way_round_gives_each_word_the_role_it_more_often_has(party, disclosed):
    # each reading reads one side the other way round; the one that takes the given names for
    # surnames (a slip of a surname Ada / Ida beside a given name Wu) pays for that
    assert score(party, disclosed) < THRESHOLD


def test_a_reading_that_takes_the_surnames_for_the_given_names_pays_the_mean_odds_of_the_words():
    import math

    from coi.names.compare import ROLES_UNLIKELY, _roles
    from coi.names.frequency import us_frequencies
    from coi.names.person import PersonName

    f = us_frequencies()

    def odds(word):
        return math.log2(f.given_share(word) / f.surname_share(word))

    assert f.given_odds("maria") == pytest.approx(odds("maria")) and odds("maria") > 5 > -5 > odds("garcia")
    wrong = (PersonName("wu", (), "ada", ("ada",), ""), PersonName("wu", (), "ida", ("ida",), ""))
    feature = _roles(*wrong, f, {})
    assert feature is not None and feature.level == ROLES_UNLIKELY
    assert feature.weight == pytest.approx(-((odds("ada") + odds("ida")) - (odds("wu") + odds("wu"))) / 2)
    right = (PersonName("ada", (), "wu", ("wu",), ""), PersonName("ida", (), "wu", ("wu",), ""))
    assert _roles(*right, f, {}) is None  # each word in its likelier role costs nothing


def test_a_slip_read_in_a_role_its_words_seldom_have_is_two_names_where_they_are_names_in_the_other():
    from coi.names.person import PersonName, person_levels

    def levels(given, surname, order):
        x = PersonName(given[0], (), surname[0], (surname[0],), "")
        y = PersonName(given[1], (), surname[1], (surname[1],), "")
        return {lv.comparison: lv.level for lv in person_levels(x, y, order=order)}

    # Sato / Saito, two real surnames, read as given names beside a surname Yuki
    assert levels(("sato", "saito"), ("yuki", "yuki"), "swapped")["given"] == "one edit, both real"
    assert levels(("sato", "saito"), ("yuki", "yuki"), "")["given"] == "one edit"  # (straight: as before)
    # Ada / Ida, two given names, read as surnames beside a given name Wu
    assert levels(("wu", "wu"), ("ada", "ida"), "swapped")["surname"] == "different"
    # Brian / Brain read as given names: likelier given names, so Brain stays a slip of Brian
    assert levels(("brian", "brain"), ("young", "young"), "swapped")["given"] == "one edit"


@pytest.mark.parametrize("party, disclosed", [
    ("Jack Stubbs", "Stubbs Jak"), ("Zhang Wei", "Wei Zhang"), ("Ottilie Brandt", "Bramdt Ottilie"),
])
def test_a_name_written_the_other_way_round_with_each_word_in_its_likelier_role_pays_nothing_for_it(party, disclosed):
    ev = compare_names(party, disclosed, P)
    assert "roles" not in {f.comparison for f in ev.features}
    assert ev.score >= THRESHOLD


@pytest.mark.parametrize("party, disclosed", [
    ("Sylvia Brandt", "Brant Sylvia"),  # helper-137's review: Brandt and Brant both real surnames
    ("Rosalind Thompson", "Thomson Rosalind"),
    ("Greta Schmidt", "Schmitt Greta"),
])
def test_two_real_surnames_a_letter_apart_read_the_other_way_round_cost_the_swap_and_a_slip(party, disclosed):
    dob = dt.date(1977, 3, 18)
    levels = {f.comparison: f.level for f in compare_names(party, disclosed, P).features}
    assert levels["order"] == "swapped, a part one edit" and levels["surname"] == "one edit, both real"
    assert score(party, disclosed, query_dob=dob, candidate_dob=dob) >= THRESHOLD


@pytest.mark.parametrize("party, disclosed", [("Amy Ng", "Ng Amy"), ("Bo Ng", "Ng Bo"), ("Wen Ng", "NG WEN")])
def test_ng_written_first_is_a_surname_not_two_initials(party, disclosed):
    from coi.names.person import person_forms

    assert person_forms(disclosed)[0].given == "ng"
    dob = dt.date(1988, 8, 8)
    assert score(party, disclosed, query_dob=dob, candidate_dob=dob) >= THRESHOLD
    assert person_forms("JD Hargrove")[0].given == "j"  # (two initials written together stay so)


@pytest.mark.parametrize("party, disclosed", [("NG Patel", "Narendra G. Patel"), ("NG Sharma", "Nikhil G. Sharma")])
def test_ng_before_a_surname_is_two_initials(party, disclosed):
    # helper-138's attack: NG Patel read as a surname Ng scored 0 against Narendra G. Patel
    from coi.names.person import person_forms

    assert person_forms(party)[0].given == "n"
    assert score(party, disclosed) >= THRESHOLD


@pytest.mark.parametrize("party, disclosed", [
    ("Francisco Javier Navarro Gil", "Navarro Gil Francisco J"),  # helper-137's review: J was read as the surname
    ("Jose Luis Hernandez Ramirez", "Hernandez Ramirez Jose L"),
    ("Ana Sofia Mendoza Ruiz", "Mendoza-Ruiz Ana"),  # read as a hyphenated given name, Ruiz lost
    ("Ana Maria Reyes de Santos", "Reyes-Santos Ana"),
    ("Nguyen Van Minh", "MINH, NGUYEN VAN"),  # helper-113's: its own order filed as though Minh were the surname
    ("Tran Thi Lan", "LAN, TRAN THI"),
])
def test_a_name_of_three_words_or_more_written_surname_first_in_other_ways_prompts(party, disclosed):
    assert score(party, disclosed) >= THRESHOLD


@pytest.mark.parametrize("party, disclosed", [
    ("Francisco Javier Navarro Gil", "Navarro Gil Pedro J"),  # the double surname, another given name
    ("Ana Sofia Mendoza Ruiz", "Mendoza-Ruiz Carmen"),
    ("Lucia Romero Blanco", "Blanco Romero Teresa"),
    ("Smith R. John", "John R. Smith"),  # (a middle initial: not surname first, as before)
    ("Thomas Lee James", "James Lee Thomas"),  # helper-138's attack: no name is every word reversed
    ("Douglas Allen Grant", "Grant Allen Douglas"),
    ("Ana Gomez Martinez", "MARTINEZ GOMEZ Ana"),  # helper-138's: the surnames in the other order
    ("Pablo Ortiz Vega", "Vega-Ortiz Pablo"),
])
def test_a_name_written_surname_first_in_other_ways_is_still_another_person_with_another_given_name(party, disclosed):
    assert score(party, disclosed) < THRESHOLD


def test_a_double_surname_first_in_the_other_order_is_left_to_the_date_of_birth():
    # helper-137 judged Lucia Romero Blanco / Blanco Romero Lucia born on one day one woman;
    # helper-138 the same names without a date two (Lucía Blanco Romero is another line)
    dob = dt.date(1983, 8, 19)
    assert score("Lucia Romero Blanco", "Blanco Romero Lucia") < THRESHOLD
    assert score("Lucia Romero Blanco", "Blanco Romero Lucia", query_dob=dob, candidate_dob=dob) >= THRESHOLD


def test_a_hyphenated_given_name_read_surname_first_is_a_double_surname_only_of_two_surnames():
    from coi.names.person import _swap, person_forms

    assert _swap(person_forms("Mendoza-Ruiz Ana")[0]).surname_parts == ("mendoza", "ruiz")
    assert _swap(person_forms("Jean-Luc Marchetti")[0]).surname_parts == ("jeanluc",)  # (Jean and Luc: given names)


def test_a_vietnamese_name_filed_with_its_given_name_as_the_surname_is_read_in_its_own_order():
    from coi.names.person import person_forms

    n = person_forms("MINH, NGUYEN VAN")[0]
    assert (n.given, n.surname, n.sex_marker) == ("minh", "nguyen", "van")
    assert person_forms("SMITH, NGUYEN")[0].surname == "smith"  # (no middle name saying a man or a woman)


@pytest.mark.parametrize("party, disclosed", [
    ("Mary Grant", "Grant Kelly"), ("Paul Scott", "Scott Russell"),  # helper-138's attack
    ("Henry Lavis", "Lavis Jordan"),
])
def test_a_swap_beside_another_given_name_and_one_birthday_is_three_coincidences(party, disclosed):
    # the twin's rule reads the given name; the swap beside it stays "a part not exact"
    dob = dt.date(1964, 3, 14)
    ev = compare_names(party, disclosed, P, query_dob=dob, candidate_dob=dob)
    assert ev.score < THRESHOLD
    straight = " ".join(reversed(disclosed.split()))  # (written straight, the twin's rule prompts)
    assert score(party, straight, query_dob=dob, candidate_dob=dob) >= THRESHOLD


@pytest.mark.parametrize("party, disclosed, surname", [
    ("Quentin Marlowe", "Quentin Marlowe", True),  # (the same name: the control)
    ("Tovah Kirig", "Tovah King", True),  # n read as ri
    ("Bnanna Vashenko", "Brianna Vashenko", False),
    ("Pelham Arnold", "Pelham Amold", True),  # m read as rn, and back
    ("Lisette Clorval", "Lisette Dorval", True),  # d read as cl
    ("Tadeusz Ovvensky", "Tadeusz Owensky", True),  # w read as vv
])
def test_a_letter_a_scanner_misread_by_its_shape_is_one_slip(party, disclosed, surname):
    from coi.names.person import person_forms, word_level

    p, d = person_forms(party)[0], person_forms(disclosed)[0]
    a, b = (p.surname, d.surname) if surname else (p.given, d.given)
    assert word_level(a, b, surname=surname) in (("exact",) if a == b else ("one edit", "one edit, both real",
                                                                               "transliteration"))
    assert score(party, disclosed) >= THRESHOLD


def test_a_scanners_misread_is_one_group_of_letters_not_any_two_words_alike_once_folded():
    from coi.names.person import word_level

    # two groups misread in one word are two slips, as two letters typed wrong are
    assert word_level("clarnbers", "dambers", surname=True) != "one edit"
    # a word that only holds such groups, compared with itself, is unchanged
    assert word_level("morrison", "morrison", surname=True) == "exact"


@pytest.mark.parametrize("word, read", [("5anchez", "sanchez"), ("80sko", "bosko"), ("m00n", "moon"), ("sa1as", "salas"),
                                        ("21st", "21st"), ("7", "7"), ("smith", "smith"), ("5aridstead", "saridstead")])
def test_a_scanners_digits_inside_a_word_read_as_the_letters_they_stand_for(word, read):
    from coi.names.normalize import ocr_letters

    assert ocr_letters(word) == read


def test_a_given_name_that_is_also_a_title_is_read_as_the_given_name():
    from coi.names.person import person_forms

    # the Census lists Princess and Prince as given names: before one other word they are one
    assert [(p.given, p.surname) for p in person_forms("Princess Grigsby")] == [("princess", "grigsby")]
    assert [(p.given, p.surname) for p in person_forms("Prince Walker")] == [("prince", "walker")]
    assert score("Sabrina Grigsby", "Princess Grigsby") < THRESHOLD  # not a surname alone, which would prompt
    assert score("Princess Grigsby", "Princess Grigsby") >= THRESHOLD
    # a title that is only a title, or a title the Census lists as no given name, leaves none
    for name, surname in (("Sgt Smith", "smith"), ("Sheikh Ahmed", "ahmed"), ("Swami Prakash", "prakash"),
                          ("Mother Teresa", "teresa")):
        assert [(p.given, p.surname) for p in person_forms(name)] == [("", surname)], name


@pytest.mark.parametrize("base, other", [
    ("Lakemoor Police Officers Association", "Lakemoor Police Officers Wives Association"),
    ("Lakemoor Firefighters Association", "Lakemoor Retired Firefighters Association"),
    ("Lakemoor Police Union", "Lakemoor Police Supervisors Union"),
    ("Lakemoor Police Benevolent Association", "Lakemoor Police Benevolent Ladies Auxiliary Association"),
    ("Lakemoor Police Chiefs Association", "Lakemoor Police Association"),
    ("Lakemoor Fraternal Order of Police", "Lakemoor Fraternal Order of Police Foundation"),
    ("Lakemoor Bar Association", "Lakemoor Bar Association Scholarship"),
    ("Springfield Police", "Springfield Park Police"),
    ("Lakemoor University Police Department", "City of Lakemoor Police Department"),
    ("Metro Council of Police", "Metro Fraternal Order of Police Labor Council"),
    ("Foxmore Water Company", "Foxmore Rural Municipal Water Company"),  # two words more
    ("Foxmore Municipal Water", "Foxmore Rural Water"),  # a word replaced
    ("Peoria Police Department", "Peoria Heights Police Department"),
    ("Round Lake Police Department", "Round Lake Beach Police Department"),
    ("Chicago Police Association", "Chicago Police Detectives Association"),
    ("Champaign County AFL-CIO", "Champaign County"),
])
def test_a_word_naming_another_body_or_a_word_replaced_is_another_organization(base, other):
    # its retirees, its auxiliary, its ranks, its fund, another jurisdiction, another town
    # whose name extends this one's: another body (a guard: a coverage level for "one word
    # more" was tried on 2026-11-30 and withdrawn, docs/MATCHING.md)
    assert score(other, base, ORG) < THRESHOLD
    assert score(base, other, ORG) < THRESHOLD


@pytest.mark.parametrize("written, misread", [
    ("fraternal", "fraterrial"),  # the word written right holds "rn", which a scanner's "m" would be
    ("hornbeck", "horribeck"),
    ("modern", "modem"),
])
def test_a_scanners_misreading_is_one_slip_whichever_side_holds_the_letters_it_confuses(written, misread):
    from coi.names.org import _one_edit

    assert _one_edit(written, misread) and _one_edit(misread, written)


@pytest.mark.parametrize("a, b, typed", [
    ("tartine", "tartnie", True),  # two letters swapped
    ("velmiro", "velmro", True),  # a letter dropped
    ("ruvello", "tuvello", True),  # R and T are neighbouring keys, first letter or not
    ("cafe", "kafe", True),  # written as it sounds
    ("pelgarino", "belgarino", True),
    ("velmiro", "velmero", True),  # a vowel heard for another inside the word
    ("quendaro", "quendari", True),  # O and I are neighbouring keys
    ("tartine", "tartina", False),  # a name's last vowel is its ending
    ("maharana", "maharani", False),
    ("lonnie", "nonnie", False),  # a first letter neither beside nor like the other
    ("panada", "parada", False),  # a consonant neither beside nor like the other
    ("velmiro", "elmiro", False),  # a first letter dropped
])
def test_a_typists_or_a_scanners_slip_is_told_from_another_name_one_letter_away(a, b, typed):
    from coi.names.org import _typed_slip

    assert _typed_slip(a, b) is typed and _typed_slip(b, a) is typed


@pytest.mark.parametrize("party, disclosed", [
    ("Tarvina", "Tarvine"),
    ("Tarvina Bakery", "Tarvine Bakery"),
    ("Corvanni's Pizza", "Lorvanni's Pizza"),
    ("Pardoro Grill", "Pandoro Grill"),
    ("Quellari Restaurant", "Quellara"),
])
def test_a_business_name_one_letter_from_another_by_no_typists_slip_is_another_business(party, disclosed):
    """Restaurant listings (bench.outside): where a business's own name meets another's only
    one letter apart, beside words of its trade, the two were other restaurants each time the
    letter was not one a typist, a scanner or an ear puts for it (Tartine / Tartina, Panada /
    Parada 22, Lonnie's / Nonnies Pizza); a typist's slip of that name still meets it."""
    assert max(_both_ways(party, disclosed)) < THRESHOLD


@pytest.mark.parametrize("party, disclosed", [
    ("Tarvnie Bakery", "Tarvine Bakery"),
    ("Tuvello's Diner", "Ruvello's Diner"),
    ("Velmero's Auto Repair", "Velmiro's Auto Repair"),
    ("Belgarino's Deli", "Pelgarino's Deli"),
    ("Tarvinw", "Tarvine"),  # W beside E
    ("Elmhirst Police Department", "Elmhurst Police Department"),  # an agency's town: any slip
    ("Kovalski's Tavern", "Kowalski's Tavern"),  # a name heard in another language's spelling
    ("Visniewski Bakery", "Wisniewski Bakery"),
    ("Gimenez Auto Repair", "Jimenez Auto Repair"),
    ("Lyu's Kitchen", "Ryu's Kitchen"),  # a Korean name romanised two ways
])
def test_a_typists_slip_of_a_business_name_beside_its_trade_words_still_meets_it(party, disclosed):
    assert min(_both_ways(party, disclosed)) >= THRESHOLD


def test_a_misread_word_of_kind_or_place_is_read_as_that_word_and_its_kind_with_it():
    from coi.names.org import org_kind, parse_org

    misread = parse_org("Kestrel Falls Courity State's Attorriey's Office")
    assert misread == parse_org("Kestrel Falls County State's Attorney's Office")
    assert org_kind(misread).words == "prosecutor agency"


def test_no_name_the_census_lists_is_read_as_a_word_of_kind_or_place():
    """A scanner's misreading is read into a word of the organization vocabulary only from a
    word that is none: no surname or given name of the shipped Census tables is rewritten
    (Clinton, Marion, Warner stay themselves)."""
    from coi.names.frequency import us_frequencies
    from coi.names.org import _scanned

    census = us_frequencies()
    names = {*census.surnames, *census.given}
    assert len(names) > 100_000
    assert [w for w in names if _scanned(w) != w] == []


@pytest.mark.parametrize("party, disclosed", [
    ("Marion County Sheriff's Office", "Mason County Sheriff's Office"),  # two Illinois counties
    ("Clark County Sheriff's Office", "Park County Sheriff's Office"),
    ("Burns & Associates", "Burris & Associates"),
    ("Peoria County Sheriff's Office", "Perna County Sheriff's Office"),
    ("Lerna Police Department", "Lima Police Department"),  # two Illinois villages
    ("Barnes & Thornburg LLP", "Barrios & Thornburg LLP"),
])
def test_a_scanners_misreading_and_a_slip_besides_are_two_slips_and_another_organization(party, disclosed):
    assert score(party, disclosed, ORG) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Logan Correctional Center", "Logan County Jail"),  # a state prison and the county jail of its town
    ("Macon County Detention Center", "Macon County Correctional Center"),
    ("American Jail Association", "American Correctional Association"),
    ("Carbondale Rescue", "Carbondale Fire Department"),
    ("Joliet Metropolitan Enforcement Group", "Joliet Police"),  # a drug task force
    ("Metra Police Department", "Metra Safety Department"),
    ("Illinois Association of Chiefs of Police", "International Association of Chiefs of Police"),
    ("Aurora Police Department", "Aurora Central Police"),
])
def test_a_word_of_the_field_put_for_another_or_one_qualifier_for_another_is_another_body(a, b):
    """Guards (helper-55's review, 2026-12-01): a word that only restates the kind two names
    share counts as generic when one name adds it (Lawyers Bar Association), never when it
    stands in place of another word of the field; a first version of the rule made each of
    the first six prompt (0 → 30-94)."""
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Sangamon County Bar Association", "Sangamon County Lawyers Bar Association"),
    ("Northwestern University Police", "Northwestern University Campus Police"),
    ("Oak Park Fire Department", "Oak Park Fire and Rescue"),
    ("Will County Jail and Corrections", "Will County Department of Corrections"),
])
def test_a_word_one_name_adds_that_only_restates_the_kind_is_one_body(a, b):
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Rockbank Park County Sheriff's Office, Illinois", "Rockbank Park County Sheriff's Office"),
    ("The Foxfield County Bar Association of Illinois", "Foxfield County Bar Association"),
    ("Sentinel Ridge Protective Services of Illinois, Inc.", "Sentinel Ridge Protective Services Inc."),
    ("Herongate FOP Labor Council Illinois", "Herongate Fraternal Order of Police Labor Council"),
])
def test_a_state_written_after_a_name_is_a_locality_that_may_be_left_out(a, b):
    """In a docket whose names seldom hold "Illinois", the state tacked on after a comma,
    "of" or a word of kind was a telling word on one side (2.5)."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Quorvane Security Services USA, Inc.", "Quorvane Security Services"),
    ("Quorvane", "Quorvane USA, Inc."),
    ("Velmora Motor North America, Inc.", "Velmora Motor"),
    ("Velmora Rentals U.S.", "Velmora Rentals LLC"),
    ("Quorvane Scouts of America", "Quorvane Scouts"),
])
def test_the_country_written_after_a_companys_name_is_a_locality_that_may_be_left_out(a, b):
    """helper-107's review (Securitas / Securitas Security Services USA, Inc. 0.0): the
    country after a company's name says its national company, as the home state does."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Quorvane Canada", "Quorvane USA"),  # another country's company
    ("Bank", "Bank of America"),  # nothing left that says which body
    ("Tell", "Tell Us"),  # a word of the name, in small letters
    ("TRUST", "TRUST US"),
    ("Kia", "Kia America"),  # America alone is a word of the name unless after "of"
    ("Velmora Airlines", "Quorvane Rentals North America, Inc."),
])
def test_a_country_that_is_part_of_the_name_or_another_country_is_not_left_out(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Naperville Police Department (2010-2018)", "Naperville Police Department, Illinois"),  # a bracket beside
    ("Lutheran Social Services of Illinois (LSSI)", "Lutheran Social Services of Illinois"),
    ("Chicago Police Department (CPD)", "Chicago Police Department, Illinois"),
])
def test_a_state_after_one_name_and_a_bracket_on_the_other_are_each_left_out_on_their_own(a, b):
    """helper-56's review: with the state read as a bracket, both names held one and were
    read in full (99.3 → 0.0)."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Rockbank Park County Sheriff's Office, Illinois", "Rockbank Park County Sheriff's Office, Indiana"),
    ("Lake County Sheriff's Office, IL", "Lake County Sheriff's Office, Indiana"),
    ("Illinois Department of Natural Resources", "Department of Natural Resources, Iowa"),
    ("Bloomington Police Department, IL", "Bloomington Police Department, Indiana"),
    ("Coalition Against Domestic Violence, Illinois", "National Coalition Against Domestic Violence"),
    ("Association of Chiefs of Police, Illinois", "International Association of Chiefs of Police"),
    ("University of Illinois", "Illinois State University"),  # the state is the name here, not a locality
    ("Chicago State University", "University of Chicago"),
])
def test_a_state_that_is_part_of_the_name_or_another_state_is_not_left_out(a, b):
    """Only the Panel's own state is a locality that may be left out, and only when the
    other name has no word of its own but words of kind (helper-56's review: any state
    left out made Illinois Supreme Court match Supreme Court of Indiana, 0.3 → 99.3)."""
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    # helper-139's review: a charter word before Bank, or International before University,
    # read as a generic word left out (99.3 and 100)
    ("Quendry State Bank", "Quendry Bank"),
    ("Quendry National Bank", "Quendry Bank"),
    ("Quendry State Bank", "Quendry National Bank"),
    ("First National Bank of Varnow", "First Bank of Varnow"),
    ("Varnow International University", "University of Varnow"),
])
def test_a_banks_charter_and_an_international_university_are_other_bodies(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Quendry State Bank", "QUENDRY STATE BANK, INC."),  # the charter on both sides
    ("State Bank of Quendry", "Quendry State Bank"),
    ("Quendry Chase Bank, National Association", "Quendry Chase Bank"),  # N.A., a legal form after the name
    ("Varnow International University", "Varnow Intl. University Police"),  # the university's police
])
def test_a_banks_charter_or_an_international_university_on_both_sides_still_meets(disclosed, party):
    assert compare_names(party, disclosed, ORG).score >= THRESHOLD


def _both_ways(a: str, b: str) -> list[float]:
    """The scores of two organization names compared both ways, with the shipped prior alone
    and with a generated docket's corpus (whose names seldom hold "Illinois" or "Lawyers")."""
    return [compare_names(x, y, ORG, corpus=corpus).score for corpus in (None, _generated_corpus())
            for x, y in ((a, b), (b, a))]


@functools.cache
def _generated_corpus():
    from bench import synthetic
    from coi.names.org_corpus import OrgCorpus

    return OrgCorpus.from_names(sorted({n for seed in (1, 2) for p in synthetic.org_pairs(seed, 300)
                                        for n in (p.left, p.right)}))


@pytest.mark.parametrize("a, b", [
    ("Illinois State University Police Department", "University Police Department"),
    ("Central Illinois Public Service Company", "Illinois Public Service Company"),
    ("Illinois State Police Association", "Illinois Municipal Police Association"),
    ("Illinois Central College Police", "Illinois College Police"),
    ("Southern Illinois University Police", "Southern University Police"),
    ("State Association of Chiefs of Police", "National Association of Chiefs of Police"),
    ("Cook County Circuit Court", "Cook County Municipal Court"),
    ("Illinois Regional Dispatch Center", "Illinois Central Dispatch Center"),
    ("National Guard Bureau", "Illinois National Guard"),
    ("Elgin Public Library", "Elgin Community Library"),
])
def test_a_word_generic_elsewhere_tells_two_bodies_apart_in_a_docket_that_seldom_holds_it(a, b):
    """Guards (helper-52's review, 2026-11-30): "central", "state", "community", "municipal"
    are generic in the shipped prior, yet in a docket whose names seldom hold them they are
    what tells two real bodies apart. Keeping such words generic in every corpus was tried
    and withdrawn (docs/MATCHING.md): each of these pairs rose from 0–5 to 62–99."""
    from bench import synthetic
    from coi.names.org_corpus import OrgCorpus

    corpus = OrgCorpus.from_names(sorted({n for seed in (1, 2) for p in synthetic.org_pairs(seed, 300)
                                          for n in (p.left, p.right)}))
    assert compare_names(a, b, ORG, corpus=corpus).score < THRESHOLD
    assert compare_names(b, a, ORG, corpus=corpus).score < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Wrenfield Water Commission", "Wrenfield Water"),
    ("Ostrava Electric Cooperative", "Ostrava Electric Co."),
    ("Quillmont Gas Authority", "Quillmont Gas"),
    ("Harrowgate Power and Light Authority", "Harrowgate Power and Light"),
    ("Tamsin Ridge Security", "Tamsin Ridge Security Services Inc."),
    ("Ostrander & Vell LLP", "Law Offices of Ostrander & Vell"),  # a lawyers' word beside a name of no kind
    ("Adebayo & Lind Attorneys at Law", "Adebayo & Lind LLP"),
    ("Pruitt Kelso Law Group", "Pruitt & Kelso LLP"),
    ("Jackson & Morgan LLP", "Law Offices of Jackson & Morgan"),  # two counties' names, no place's (helper-87)
])
def test_a_type_noun_added_stays_generic_in_a_docket_that_seldom_holds_it(a, b):
    """A utility's or a firm's type noun (Commission, Cooperative, Utility, Services) one name
    adds leaves the body as it is, in a docket of few utilities as with the shipped prior
    alone, and so does a lawyers' word (Law Offices, Attorneys at Law) beside a name that says
    no kind. Before, the docket's share made them uncommon or common (a generated docket's
    utilities and law firms scored 0.1–2.5 against their own names)."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Chicago Housing", "Chicago Housing Authority"),  # beside a place's name: a body of government
    ("Illinois Emergency Management", "Illinois Emergency Management Agency"),  # beside the state's
])
def test_a_type_noun_added_to_a_place_named_body_stays_generic_in_a_docket(a, b):
    """(helper-86's review: 1.1-1.3 in a generated docket, 97 with the shipped prior alone.)"""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Hewlett Packard", "Hewlett Packard Enterprise"),  # a company's family, beside its name alone
    ("Quorvant", "Quorvant Services"),
    ("Illinois Power", "Illinois Power Agency"),  # only the state and a word of kind shared
    ("Cook County", "Cook County Law"),  # a lawyers' word beside a place's name
    ("City of Elgin", "Elgin Law"),
    ("Village of Arlington Heights", "Arlington Heights Law"),  # a place's whole name, its s off (helper-87)
    ("City of Elgin", "Elgin Center"),  # a type noun beside a place's name alone
    ("Morgan Stanley", "Morgan Stanley Services"),  # a county's name, then a name many bear
])
def test_a_type_noun_or_lawyers_word_beside_a_companys_or_places_name_follows_the_docket(a, b):
    """helper-86 found the first version of the rule met these in a docket (0.8-1.5 -> 95-98);
    with the shipped prior alone they already meet, so only the docket's scores are asserted."""
    corpus = _generated_corpus()
    assert max(compare_names(x, y, ORG, corpus=corpus).score for x, y in ((a, b), (b, a))) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("John Marshall School", "John Marshall Law School"),  # beside a name that says its kind
    ("Northwestern University", "Northwestern University School of Law"),
])
def test_a_lawyers_word_added_to_a_name_of_another_kind_stays_telling(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


def _word_levels(a: str, b: str, corpus) -> dict[str, str]:
    return {f.left or f.right: f.level for f in compare_names(a, b, ORG, corpus=corpus).features
            if f.comparison == "words"}


def test_only_a_type_noun_added_is_held_generic_not_a_qualifier_nor_a_type_noun_put_for_another():
    """Of the words the shipped prior holds generic, a type noun one name adds stays generic in
    a docket that seldom holds it. A qualifier ("municipal", "state": the guards above) follows
    the docket's share, and so does a type noun put for another (a town's Department of Water
    and its Water Commission); between two Illinois state bodies it is telling whatever the
    docket (:func:`coi.names.org._state_bodies`: the Human Rights Commission and the
    Department of Human Rights are two)."""
    from coi.names import org
    from coi.names.org_corpus import word_share

    corpus = _generated_corpus()
    for word in ("commission", "municipal"):
        assert word_share(word) >= org.GENERIC_SHARE > word_share(word, corpus)
    docket = {w: "missing " + org.band(word_share(w, corpus)) for w in ("commission", "municipal")}
    assert _word_levels("Wrenfield Water Commission", "Wrenfield Water", corpus)["commission"] == "missing generic"
    assert _word_levels("Wrenfield Municipal Water", "Wrenfield Water", corpus)["municipal"] == docket["municipal"]
    replaced = _word_levels("Wrenfield Department of Water", "Wrenfield Water Commission", corpus)
    assert replaced["commission"] == docket["commission"] != "missing generic"
    for docket_corpus in (None, corpus):
        state = _word_levels("Illinois Department of Human Rights", "Illinois Human Rights Commission", docket_corpus)
        assert state["commission"] == state["department"] == "missing rare"
        assert compare_names("Illinois Department of Human Rights", "Illinois Human Rights Commission", ORG,
                             corpus=docket_corpus).score < THRESHOLD


# ------------------------------------------------------------------ businesses (issue 13, twelfth session)


@pytest.mark.parametrize("a, b", [
    ("Marisole Pizza & Pasta", "Marisole Pizzeria"),
    ("Quenneville Towing", "Quenneville Towing & Recovery"),
    ("Quenneville Towing", "Quenneville Wrecker Service"),
    ("Holiday Inn Express & Suites Peoria", "Holiday Inn Express Peoria"),  # "& Suites" added
    ("Chicago Women's Centre", "Chicago Women's Center"),
    ("Chicago Police Department Auto Pound", "Chicago Auto Pound"),
    ("Marisole Bake Shop", "Marisole Bakery"),
    ("Marisole Collision Center", "Marisole Collision"),
    ("Marisole Family Restaurant", "Marisole Diner"),
    ("Wenzlak's Bar & Grill", "Wenzlak's Tavern"),
])
def test_a_business_with_another_word_of_its_trade_or_one_more_is_one_business(a, b):
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Wenzlak's Pizzeria", "Wenzlak's Pawn Shop"),
    ("Marisole Bakery", "Marisole Salon"),
    ("Marisole Chinese Restaurant", "Marisole Mexican Restaurant"),
    ("Marisole Cafe of Alderbrook", "Marisole Cafe of Wrenfield"),
    ("Greenbriar Cleaners", "Green's Cleaners"),
    ("Hazelville Jewelers", "Hill's Jewelers"),
    ("Northeastern Tallgrass University Police", "Northern Tallgrass University Police"),
    ("Alderbrook Drug Court", "Alderbrook Pharmacy"),
    ("Springfield", "Springfield Tavern"),  # a name saying no trade: a place's, a word's, any business's
    ("Smith's", "Smith's Towing"),
    ("Joe's Tavern", "Joe's Pub"),  # a name many bear: many businesses
    ("Giordano's", "Giordano's Hair Salon"),
    ("Quenneville Pizza", "Quenneville Steakhouse"),  # another group of the trade
    ("Quenneville Towing", "Quenneville Auto Body"),
    ("Alderbrook Bakery", "Alderbrook Donut Shop"),
    ("Illinois Hotel & Lodging Association", "Illinois Motel Association"),  # Hotel / Motel: two words, no slip
    ("Joe's Tavern - Springfield", "Springfield Tavern"),  # a branch's place is never read into the name
    ("Inn of Chicago", "Chicago"),
    ("Springfield DBA Inc", "Springfield Police Department"),
    ("Cafe Express", "Express"),  # a word, not a business's own name
    ("Pizzeria Napoli", "Napoli"),
    ("Pete's", "Pete's Tavern"),  # a given name
    ("Mother's", "Mother's Bakery"),  # a word no one bears
    ("Comfort Inn", "Comfort Suites"),  # a lodging's word is its brand's
    ("Quality Inn", "Quality Motel"),
    ("Staropolska Restaurant", "Staropolska Deli"),
    ("Kowalczyk Holdings LLC d/b/a Kowalczyk's Tavern", "Kowalczyk Towing"),
    ("Holiday Inn - Express", "Holiday Inn"),
])
def test_another_trade_branch_or_a_rare_word_read_short_is_another_business(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Quintaro", "Quintaro Japanese Restaurant"),  # a name no one else bears, alone
    ("Restaurant Velmorra", "Velmorra"),
    ("Lumaro", "Cafe Lumaro"),
    ("Zorbinetti's", "Zorbinetti's Pizzeria"),
    ("Towmagedda", "Towmagedda Towing & Recovery"),
    ("Al Quintaro", "Al Quintaro Grill"),  # one word of its own is enough
])
def test_a_business_s_own_name_alone_is_the_business_with_its_trade_words(a, b):
    """(sixteenth session, the restaurant listings' largest class of misses: Takara / Takara
    Japanese Restaurant) A name that is no word of everyday English, no name 5,000 people
    bear and no Illinois place's, written alone, is the business with its trade."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Heron", "Heron Cafe"),  # a word of everyday English (two are a phrase: possibly, below)
    ("Caterpillar", "Caterpillar Cafe"),
    ("Kowalski's", "Kowalski's Tavern"),  # a name many bear
    ("Peoria", "Peoria Motel"),  # an Illinois place
    ("Quintaro 88", "Quintaro Restaurant"),  # a number on one side is a word of its own
    ("Quintarro", "Quintaro Restaurant"),  # one letter apart and a trade dropped: two differences
    ("Quin", "Quintaro Restaurant"),  # cut short and a trade dropped
    ("Qto", "Qto Grill"),  # three letters may be initials
    ("SEIU", "SEIU Cafe"),  # four too: a union's, an agency's letters
    ("Pilsen", "Pilsen Tavern"),  # a Chicago neighbourhood many businesses are named after
    ("Jalisco", "Jalisco Restaurant"),  # a Mexican state many restaurants are named after
])
def test_a_name_alone_of_everyday_words_or_another_difference_is_not_the_business(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Zorbinetti Cafe", "Zorbinetti Cafe & Market"),  # another trade joined on after the whole name
    ("Quintaro Deli", "Quintaro Deli & Liquors"),
    ("Velmorra Bakery & Cafe", "Velmorra Bakery"),
    ("Quintaro Jewelers", "Quintaro Jewelers & Pawn"),
])
def test_a_business_with_another_trade_joined_on_after_its_name_is_one_business(a, b):
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Joe's Tavern", "Joe's Tavern & Liquors"),  # a name many bear: many businesses
    ("Peoria Bakery", "Peoria Bakery & Cafe"),  # a place's name
    ("Quintaro Bakery", "Quintaro Market Bakery"),  # not joined on after the name
    ("Quintaro Cafe", "Quintaro Cafe 2 & Market"),  # a number on one side
])
def test_a_trade_joined_on_needs_a_name_of_the_business_s_own_and_trade_words_after_it(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Nana", "Nani"),  # a short word, the names' only word, one letter from another
    ("The Barn", "Baron's"),
    ("Pan", "The Paan"),
    ("Graze", "Grace"),
])
def test_two_short_one_word_names_one_letter_apart_are_two_bodies(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [("Zeno", "Zenno's Restaurant"), ("Kavo", "Kava Cafe"), ("Pico", "Picco Grill")])
def test_two_short_names_one_letter_apart_are_two_bodies_beside_a_generic_trade_word_too(a, b):
    """Where a docket's corpus makes the trade word generic (many restaurants, cafes, grills),
    the word left over on one side does not hide the short slip (Pan / Pann's Restaurant,
    Cibo / Cibao's Restaurant in the restaurant listings)."""
    from coi.names.org_corpus import OrgCorpus

    firsts = ("Lumaro", "Velmo", "Quintaro", "Harbor", "Golden", "Corner", "Sunrise", "Rosa", "Tarvin", "Oakmere")
    seconds = ("Star", "Garden", "House", "Palace", "Point", "Gate", "Table", "Spoon")
    corpus = OrgCorpus.from_names([f"{f} {s} {t}" for t in ("Restaurant", "Cafe", "Grill") for f in firsts
                                   for s in seconds])  # each trade word in a third of 240 names: generic
    for x, y in ((a, b), (b, a)):
        assert compare_names(x, y, ORG, corpus=corpus).score < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Quintarine", "Quintatine"),  # a longer word's typist's slip still accounts for it (not its
    # ending changed: Quintarine / Quintarina are two names, test_a_business_name_one_letter_from_another_…)
    ("Kidz Cuts", "Kids Cuts"),  # a short word's slip beside a word shared
    ("Velmo Tavern", "Velmo Taverm"),
])
def test_a_slip_in_a_longer_word_or_beside_a_shared_word_still_accounts_for_the_name(a, b):
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Panaderia Velmorra", "Velmorra Bakery"),  # a trade in its owners' language, and in English
    ("Restauracja Quintaro", "Quintaro"),
    ("Quintaro Taverna", "Quintaro Greek Grill"),
    ("Carniceria Velmorra", "Velmorra Meat Market"),
    ("Lavanderia Quintaro", "Quintaro Laundromat"),
    ("Quintaro", "Quintaro Korean BBQ"),
    ("Quintaro Coffee", "Quintaro Cafe"),
    ("Quintaro Restaurant", "Izakaya Quintaro"),  # an izakaya serves meals
    ("Quintaro Restaurant & Pizzeria", "Quintaro Grill"),  # a grill's word says any place that serves meals
    ("Birrieria Quintaro", "Quintaro"),  # a place of one dish, as its people name it
    ("Cevabdzinica Velmorra", "Velmorra"),
    ("Llanteria Velmorra", "Velmorra Tire Shop"),
    ("Peluqueria Quintaro", "Quintaro Hair Salon"),
    ("Pasteleria Quintaro", "Quintaro Bakery"),
    ("Licoreria Velmorra", "Velmorra Liquors"),
    ("Ferreteria Velmorra", "Velmorra"),  # what a business does, written first as its language writes it
    ("Muebleria Quintaro", "Quintaro"),
    ("Kwiaciarnia Velmorra", "Velmorra"),
])
def test_a_trade_written_in_its_owners_language_is_that_trade(a, b):
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Spicy Pizza", "Spicy BBQ Restaurant"),  # "restaurant" beside another trade's word links nothing
    ("Quintaro Pizza", "Quintaro BBQ Restaurant"),
    ("Panaderia Quintaro", "Quintaro Laundromat"),  # another trade
    ("Quintaro Paleteria", "Quintaro Bakery"),
    ("Quintaro Bakery", "Quintaro Cafe"),  # one trade put for another
    ("Quintaro Coffee House", "Quintaro Steakhouse"),  # House is no steakhouse's word
    ("Llanteria Velmorra", "Velmorra Bakery"),
    ("Peluqueria Quintaro", "Quintaro Liquors"),
    ("Ferreteria Velmorra", "Velmorra Restaurant"),
    ("Ferreteria Quintaro", "Quintaro Muebleria"),  # two families of what a business does
    ("Candy Zmuda", "Zmuda"),  # an English word of what it does comes after the name
])
def test_two_trades_stay_two_businesses_whatever_language_writes_them(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


def _parsed_word_lists() -> dict[str, frozenset[str]]:
    """The word lists coi.names.org compares with a parsed name's words (OrgName.words, whose
    plurals have lost their s): each must hold a word as the parse holds it."""
    from coi.names import org

    return {"fields": frozenset().union(*(ws for _, ws in org._FIELDS)), "trade words": org._TRADE_WORDS,
            "foreign trade words": org.FOREIGN_TRADE_WORDS, "kind vocabulary": org._KIND_VOCABULARY,
            "type nouns": org.TYPE_NOUNS, "venues": org.VENUE_WORDS_OF_PLACE, "dishes": org.DISHES,
            "cuisines": org.CUISINES, "generic types": org.GENERIC_TYPES}


@pytest.mark.parametrize("list_name", sorted(_parsed_word_lists()))
def test_a_word_list_read_against_parsed_names_holds_each_word_as_the_parse_writes_it(list_name):
    # a word written as a plural (Abarrotes, Savings, Commons) met nothing: the parse reads
    # abarrote, saving, common, so Abarrotes Tepehuaje was no grocery and Tepehuaje's own name
    # beside it scored 0.9
    from coi.names.org import parse_org

    words = _parsed_word_lists()[list_name]
    unmet = {w: parse_org(w).words for w in words if not set(parse_org(w).words) <= words}
    assert not unmet


def test_a_trade_word_written_as_a_plural_is_that_trade():
    from coi.names.org import org_kind, parse_org

    # a grocery's word in its owners' language: the name alone with it is the grocery's
    assert min(_both_ways("Quintaro", "Abarrotes Quintaro")) >= THRESHOLD
    assert org_kind(parse_org("Abarrotes Quintaro")).field == "retail"
    assert org_kind(parse_org("Velmorra Savings")).field == "bank"


@pytest.mark.parametrize("name", ["Panaderia La Estrella", "Restauracja Wawel", "Carniceria Jimenez",
                                  "Abarrotes Jimenez", "Birrieria Ocotlan", "Llanteria Ramirez"])
def test_a_party_filed_as_a_person_with_a_trade_in_its_owners_language_is_read_as_an_organization(name):
    from coi.names import looks_like_organization

    assert looks_like_organization(name)


def test_the_words_of_everyday_english_are_the_wordfreq_lists():
    from coi.names.english import derive_everyday_words, everyday, everyday_words

    assert all(everyday(w) for w in ("express", "mother", "caterpillar", "napoli", "texa", "mos", "kowalski"))
    assert not any(everyday(w) for w in ("takara", "quintaro", "lumaro", "suwanasak", "spago"))
    assert everyday_words() == derive_everyday_words()  # the shipped file is the pinned list's: python -m coi.names.english


@pytest.mark.parametrize("a, b", [
    ("Kim's Auto Repair", "Yim's Auto Repair"),  # two short names one letter apart: two names
    ("Bob's Tavern", "Rob's Tavern"),
    ("Lee's Cleaners", "Lew's Cleaners"),
    ("Tam's Nail Salon", "Lam's Nail Salon"),
    ("Ross Towing", "Rose Towing"),
    ("Dan's Tavern", "Dean's Tavern"),  # two letters apart with the possessive's s: as before
    ("Tan's Pharmacy", "Tran's Pharmacy"),
])
def test_two_short_names_one_letter_apart_are_two_businesses(a, b):
    """The folding drops the apostrophe (Kim's is kims to the parse), so a slip in a short
    name was a slip in a word of four letters; two names people bear are two names."""
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Velmora Indian Cuisine", "Velmora Indian Restaurant"),  # "cuisine" says a restaurant
    ("Quintaro Pub & Brewery", "Quintaro Pub & Brewing"),  # a brewer's two words
    ("Lumaro's Grill", "Lumaro's Argentine Grill"),  # a country's cooking added beside a name of its own
    ("Kelly's Irish Pub", "Kelly's Irish Tavern"),  # a common name beside the cooking it says
    ("Tony's Italian Grill", "Tony's Italian Restaurant"),
])
def test_a_restaurant_written_with_its_cooking_or_another_word_of_its_trade_is_one_business(a, b):
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Velmora Brewing Company", "Velmora Tavern"),  # a brewer and a tavern of its name
    ("Quintaro Brewery", "Quintaro Saloon"),
    ("Jimmy's Tavern", "Jimmy's Irish Tavern"),  # a cooking added to a name many bear: maybe two taverns
    ("Irish Pub", "Irish Tavern"),  # a cooking and a trade word: no name of its own
    ("Velmora Italian Restaurant", "Velmora Mexican Restaurant"),  # one cooking put for another
    ("German American Police Association", "German American Restaurant"),
])
def test_a_brewer_a_cooking_added_to_a_common_name_or_another_cooking_is_another_body(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Carlo's Bakery", "Carla's Bakery"),  # two given names many bear, of any length
    ("Daniela's Tavern", "Daniel's Tavern"),
    ("Thompson Towing", "Thomson Towing"),  # two surnames many bear: as for persons without a date
])
def test_two_names_people_bear_one_letter_apart_are_two_businesses_at_any_length(a, b):
    """Not only short names: two names people bear are two names (Mario's / Maria's Pizza);
    a slip that makes no name stays one (below)."""
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Ulo Tavern", "Ulmeroso Tavern"),  # three letters with a vowel: a word of its own
    ("Ivo Deli", "Ivarsson Deli"),
])
def test_a_three_letter_word_with_a_vowel_is_no_skeleton_of_a_longer_one(a, b):
    """A skeleton keeps no vowel in three letters (Grp, Hwy); Edo is no skeleton of Ecuador."""
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Dravenport Hwy Motel", "Dravenport Highway Motel"),
    ("Kowalczyk Grp", "Kowalczyk Group"),
])
def test_a_skeleton_without_vowels_is_still_the_word_cut_short(a, b):
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("joined, apart", [
    ("Tavares15 Grill", "Tavares 15 Grill"),
    ("Quintaro312", "Quintaro 312"),
])
def test_a_name_run_together_with_its_number_is_the_name_and_the_number(joined, apart):
    """Naples15 is Naples 15, not a scanner's Naplesl: two digits or more at a word's end are
    a number; a digit among letters is still a scanner's letter (Wi1son)."""
    a, b = parse_org(fold(joined)), parse_org(fold(apart))
    assert (a.words, a.numbers) == (b.words, b.numbers) and b.numbers
    assert min(_both_ways(joined, apart)) >= THRESHOLD
    assert parse_org("wi1son tavern").words == ("wilson", "tavern")


def test_two_initials_beside_trade_words_only_do_not_account_for_a_business_name():
    """AI Restaurant / Andre's Italian Restaurant: two letters fit too many names; beside
    words of the trade only they meet none of the names' own words, which stay missing (the
    initials were once read, left the coverage out and still scored 99.5: JD Auto / John Doe
    Auto, KC Auto Repair / Kim & Choi Auto Repair, judged two by helper-66)."""
    corpus = _generated_corpus()
    hit = compare_names("Ve Restaurant", "Velmora Estrada Restaurant", ORG, corpus=corpus)
    assert not any(f.comparison == "acronym" for f in hit.features)
    assert not any(f.comparison == "coverage" for f in hit.features)
    for a, b in (("Ve Restaurant", "Velmora Estrada Restaurant"), ("JD Auto", "John Doe Auto"),
                 ("KC Auto Repair", "Kim & Choi Auto Repair"), ("AI Restaurant", "Andre's Italian Restaurant")):
        assert max(_both_ways(a, b)) < THRESHOLD
    own = compare_names("Ve Sushi Restaurant", "Velmora Estrada Sushi Restaurant", ORG, corpus=corpus)
    assert any(f.comparison == "coverage" for f in own.features)  # a word of its own shared
    assert own.score > hit.score


@pytest.mark.parametrize("a, b", [
    ("Kim's Cleaners", "Kim Cleaners"),  # with and without the possessive
    ("Quenneville's Towing", "Quenneville Towing"),
    ("Rios Towing", "Rois Towing"),  # a slip that makes no name
    ("Toys Mart", "Tyos Mart"),
    ("Kowalczyk's Auto Repair", "Kowalzcyk's Auto Repair"),  # a slip in a longer name
    ("Salinas Jewel", "Salinas Jewelers"),  # a word cut short by a field's length
])
def test_a_name_with_its_possessive_or_a_slip_that_makes_no_name_is_one_business(a, b):
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Stanley's Collision", "Stanley's Collision Center"),  # a name many bear, its trade said more of
    ("Davis's Lounge", "Davis's Cocktail Lounge"),
    ("Austin's Towing", "Austin's Towing & Recovery"),
    ("May's Salon", "May's Hair Salon"),
    ("Springfield Towing", "Springfield Towing Service"),  # a place's name
])
def test_a_business_whose_trade_one_name_says_more_of_is_one_business_whatever_its_name(a, b):
    """Nothing put for another word: the names are as one written alike, which prompts for
    any name, however many bear it (coi.names.org._trade_added)."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Joe's Tavern", "Joe's Pub"),  # one trade word put for another: many Joe's
    ("Smith's Towing", "Smith's Auto Body"),  # another trade
    ("Springfield Tavern", "Springfield Tavern & Grill"),  # a word of another group of the trade
    ("Family Restaurant", "Restaurant"),  # no name at all
    ("Smith's Towing", "Smith's Towing & Marisole Recovery"),  # a word of its own added
    ("Davis's Lounge of Alderbrook", "Davis's Cocktail Lounge of Wrenfield"),  # another branch
])
def test_a_trade_said_more_of_does_not_join_another_trade_word_or_a_name_of_its_own(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Wolfford Police Sergeants Union Local 628", "Wolfford Police Sergeants Union, Local 628, AFL-CIO"),
    ("Tamarham Professional Firefighters Union Local 676", "Tamarham Professional Firefighters Union Local 676 AFL-CIO"),
    ("Tamarham Firefighters Union Local 676, AFL-CIO", "Tamarham Firefighters Union Local 676, CLC"),
    ("Wrenfield Service Employees Local 37", "Wrenfield Service Employees Local 37, CTW, CLC"),  # two federations
    ("Alderbrook AFL-CIO Labor Council", "Alderbrook Labor Council, AFL-CIO"),  # inside the name, or after it
    ("Alderbrook Federation of Teachers", "Alderbrook Federation of Teachers, AFL-CIO"),  # an association of members
    ("Alderbrook FOP Council", "Alderbrook FOP Labor Council"),  # its council, its labor council
    ("Greater Wrenfield Fraternal Order of Police Labor Council", "Greater Wrenfield Fraternal Order of Police Council"),
])
def test_a_unions_federation_written_in_its_name_or_left_out_is_one_union(a, b):
    """A union writes its federation after its name, or in it (coi.names.org._without_federation),
    and may call its council a labor council (_labor_council)."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Alderbrook County AFL-CIO", "Alderbrook County"),  # the federation's own body
    ("Illinois AFL-CIO", "Illinois"),
    ("Alderbrook Firefighters Union Local 676, AFL-CIO", "Alderbrook Firefighters Union Local 677"),
    ("Alderbrook FOP Lodge 620", "Wrenfield FOP Lodge 620"),  # guards: another town's lodge,
    ("Fraternal Order of Police Lodge 620, Indiana", "FOP Lodge 620"),  # another state's (FOP numbers by state),
    ("FOP Lodge 620", "FOP Lodge 620 Retirees"),  # a body beside the lodge: a rule reading a lodge's
    ("Masonic Lodge 141", "Prince Hall Masonic Lodge 141"),  # added words as its town's was withdrawn
    ("Metro Council of Police", "Metro Police Labor Council"),  # a council named after other words
])
def test_a_federations_own_body_or_another_lodge_is_another_organization(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Alderbrook County State's Attorney's Office", "Alderbrook County Prosecutor's Office"),
    ("Office of the Alderbrook County State's Attorney", "Alderbrook County Prosecutor"),
    ("Wrenfield Department of Public Safety", "Wrenfield Police Department"),
    ("Tallgrass University Department of Public Safety", "Tallgrass University Police Department"),
    ("Tallgrass State University Department of Public Safety", "Tallgrass State University Police"),
    ("Tallgrass University Campus Safety", "Tallgrass University Police"),
    ("Tallgrass University Safety & Security", "Tallgrass University Police Department"),
])
def test_an_agency_written_with_another_of_its_titles_is_one_agency(a, b):
    """An Illinois county's prosecutor is its State's Attorney; a town's or a campus's
    Department of Public Safety is its police (coi.names.org.AGENCY_TITLES)."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Alderbrook City Prosecutor", "Alderbrook County State's Attorney"),  # a city's own lawyer
    ("Village of Alderbrook Prosecutor", "Alderbrook County State's Attorney's Office"),
    ("Alderbrook County Prosecutor's Office (Indiana)", "Alderbrook County State's Attorney"),  # another state's
    ("Iowa Department of Public Safety", "Iowa City Police Department"),  # a state's, not a town's
    ("Office of the State's Attorneys Appellate Prosecutor", "Alderbrook County State's Attorney's Office"),
    ("Alderbrook County Prosecutor's Office", "Wrenfield County State's Attorney's Office"),
    ("Alderbrook County State's Attorney", "Alderbrook County Public Defender"),
    ("Wrenfield Public Safety Employees Union", "Wrenfield Police Union"),  # unions: not an agency's titles
    ("Wrenfield Department of Public Safety", "Wrenfield Fire Department"),
    ("Illinois Public Safety Pension Fund", "Illinois Police Pension Fund"),
])
def test_another_office_is_not_an_agencys_other_title(a, b):
    """helper-62's review of the titles rule (700 real-looking Illinois pairs): a city's
    prosecutor, another state's county prosecutor and a state's Department of Public Safety
    made 55 other bodies prompt before these guards, 6 after (each an old reading's)."""
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Chicago Police Board", "Chicago Police Department"),  # the city's board over its police
    ("Chicago Police Board", "Chicago Police"),
    ("Wrenfield Police Commission", "Wrenfield Police Department"),
    ("Wrenfield Fire and Police Commission", "Wrenfield Fire Department"),
    ("Alderbrook County Sheriff's Merit Commission", "Alderbrook County Sheriff's Office"),
])
def test_a_board_over_an_agency_is_another_body(a, b):
    """coi.names.org.OVERSIGHT: Board, Commission beside an agency's name say its board."""
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Village of Wrenfield Board of Fire and Police Commissioners", "Wrenfield Fire and Police Commission"),
    ("Wrenfield Board of Police Commissioners", "Wrenfield Police Commission"),
])
def test_a_board_written_two_ways_is_one_board(a, b):
    """helper-64's review: a first rule, reading a board word against any agency's name,
    lost 38 pairs of one body (a Board of Fire and Police Commissioners written two ways);
    between two boards' names a board word on one side restates what both say."""
    assert min(_both_ways(a, b)) >= THRESHOLD


def test_a_commissions_own_police_is_not_a_board():
    from coi.names.org import _board_name, parse_org

    assert not _board_name(parse_org("Illinois Medical District Commission Police").words)
    assert _board_name(parse_org("Sheriff's Merit Commission of Alderbrook County").words)
    # with the shipped prior alone, as before the board rule (a docket's corpus may weigh "Commission")
    assert compare_names("Illinois Medical District Commission Police", "Illinois Medical District Police Department",
                         ORG).score >= THRESHOLD


@pytest.mark.parametrize("name, field", [
    ("Wrenfield Department of Public Safety", "police"),
    ("Tallgrass University Department of Public Safety", "university police"),
    ("Harper Valley College Public Safety", "university police"),
    ("Tallgrass University Campus Safety", "university police"),
    ("Wrenfield Safety and Security Services", "security"),  # a town's: a security firm
    ("Iowa Department of Public Safety", "state police"),  # a state's
    ("Department of Public Safety, State of Illinois", "state police"),
    ("Wrenfield Public Safety Employees Union", ""),  # a body beside the department
    ("Illinois Public Safety Pension Fund", ""),
])
def test_a_department_of_public_safety_is_a_police_agency(name, field):
    from coi.names.org import org_kind, parse_org

    assert org_kind(parse_org(name)).field == field


@pytest.mark.parametrize("name, field", [
    ("Gotham Bar & Grill", "eating and drinking"),  # not a bar association
    ("Alderbrook County Bar Association", "bar"),
    ("Alderbrook Drug Court", "court"),
    ("Drug Enforcement Administration", "police"),
    ("Northern Tallgrass Food Bank", "bank"),
    ("Alderbrook Barber & Lee LLP", ""),  # Barber is a surname 75,000 bear, not a trade
    ("Alderbrook Towing & Recovery", "auto"),
])
def test_a_trade_word_says_a_business_only_where_no_other_field_is_said(name, field):
    from coi.names.org import org_kind, parse_org

    assert org_kind(parse_org(name)).field == field


def test_no_word_that_says_a_trade_is_a_surname_many_bear():
    """A word that makes a name a business's (coi.names.org._FIELDS' trades) is borne by at
    most 10,000 people in the Census surname list, as the words that file a party as an
    organization are (coi.names.index._ORG_MARKERS): Barber & Lee LLP is a law firm."""
    from bench.synthetic import _surname_counts
    from coi.names.index import _ORG_MARKERS
    from coi.names.org import _FIELDS, TRADE_NOUNS

    counts = _surname_counts()
    says = {w for field, words in _FIELDS if field in TRADE_NOUNS for w in words}
    assert {w: counts[w] for w in says | _ORG_MARKERS if counts.get(w, 0) > 10_000} == {}


@pytest.mark.parametrize("name, parts", [
    ("Brelwick Enterprises LLC d/b/a Wenzlak's Tavern", ("Brelwick Enterprises LLC", "Wenzlaks Tavern")),
    ("Tessaro Holdings Inc. DBA Marisole Cafe", ("Tessaro Holdings Inc.", "Marisole Cafe")),
    ("Tessaro Holdings, Inc., doing business as Marisole Cafe", ("Tessaro Holdings, Inc.", "Marisole Cafe")),
    ("Quenneville Towing Inc. f/k/a Quenneville Wrecker Service", ("Quenneville Towing Inc.",
                                                                  "Quenneville Wrecker Service")),
    ("Alpha Kappa Alpha Sorority AKA Chapter", ()),  # a bare AKA is the sorority's initials
    ("Dbase Systems", ()),
])
def test_a_name_joining_a_legal_and_a_trade_name_is_compared_by_each(name, parts):
    from coi.names.org import org_forms

    forms = org_forms(name)
    assert forms[0] == fold_forms(name)[0]  # the whole name first: what the graph and corpus count
    assert forms[1:] == parts
    if parts:
        for hit in (compare_names(name, parts[-1], ORG), compare_names(parts[-1], name, ORG)):
            assert hit.score >= THRESHOLD
            assert hit.reason.endswith("; met through one of its names: " + parts[-1].replace("Wenzlaks", "Wenzlak's"))


def test_a_trade_name_is_offered_by_the_blocking_under_its_legal_name():
    index = NameIndex([Candidate("Wenzlak's Tavern", Kind.ORGANIZATION, "employer")])
    assert [h.candidate.text for h in index.match("Brelwick Enterprises LLC d/b/a Wenzlak's Tavern",
                                                   Kind.ORGANIZATION)] == ["Wenzlak's Tavern"]
    index = NameIndex([Candidate("Brelwick Enterprises LLC d/b/a Wenzlak's Tavern", Kind.ORGANIZATION, "employer")])
    assert len(index.match("Wenzlaks Tavern", Kind.ORGANIZATION)) == 1


@pytest.mark.parametrize("name, qualifier", [
    ("Wenzlak's Pizzeria of Alderbrook", ("alderbrook",)),
    ("Marisole Cafe - Oak Park", ("oak", "park")),
    ("Marisole Cafe - Arlington Heights", ("arlington", "height")),  # Heights as the town writes it
    # after a dash a name no word, trade or person's name is a place's too, with its place words
    ("Marisole Cafe - Wrenfield Heights", ("wrenfield", "height")),
    ("Marisole Cafe - Cedarcliff", ("cedarcliff",)),
    ("Holiday Inn - Express", ()),
    # a venue, a street or a neighbourhood after a dash or "@", a chef credited after "by"
    # (helper-129's review)
    ("Marisole Cafe - Downtown", ("downtown",)),
    ("Marisole Cafe - Hotel Rosewick", ("hotel", "rosewick")),
    ("Marisole Cafe @ Union Station", ("union", "station")),
    ("Marisole Cafe - Goss Ave", ("goss", "avenue")),
    ("Marisole Bistro by Chef Anna Ruiz", ("chef", "anna", "ruiz")),
    ("Marisole Bistro by Anna Ruiz", ()),  # a person alone after "by": the name's own (helper-130)
    ("Bistro by the Bay", ()),
    ("Harbor Grill at Marina by the Sea", ("marina", "by", "sea")),  # a venue holding "by" (helper-131)
    ("Stand by Me Cafe", ()),
    ("Marisole Cafe - Catering", ()),
    ("Marisole Cafe - Garcia", ()),
    ("Hotel Marisole of Tallgrass", ("tallgrass",)),
    ("University of Tallgrass", ()),
    ("Bank of Alderbrook", ()),
    ("Bar Association of Illinois", ()),
    ("Department of Corrections - Stateville", ()),
])
def test_the_place_of_a_business_branch_is_kept_apart_as_a_bracket_is(name, qualifier):
    from coi.names.org import parse_org

    assert parse_org(name).qualifier == qualifier


@pytest.mark.parametrize("disclosed, party, one", [
    ("Quillan Bistro", "Quillan Bistro - Hotel Marwick", True),
    ("Quillan Bistro", "QUILLAN BISTRO @ UNION STATION", True),
    ("Quillan Bistro", "Quillan Bistro by Chef Anna Ruiz", True),
    ("Quillan Bakery - Old Town", "Quillan Bakery - Pearl District", False),  # two branches
])
def test_a_venue_neighbourhood_or_chef_written_after_a_business_name_is_left_out_on_one_side(disclosed, party, one):
    """helper-129's review: Cascadia Bistro - Hotel Rosewell, Foxglove Cafe - Pearl District
    and Catalina Foothills Bistro by Chef Anna Ruiz against the name alone met at 0.0-0.3."""
    assert (compare_names(party, disclosed, ORG).score >= THRESHOLD) is one


@pytest.mark.parametrize("disclosed, party", [
    ("Quorvane Local 9", "Quorvane - Local 134"),  # a number after a dash tells a unit from another
    ("VFW Post 5220", "VFW - Post 2149"),
    ("Sidley LLP", "Sidley - Austin LLP"),  # a partner's surname
    ("Hotel Rosewick", "Hotel Rosewick - Quillan Bistro"),  # the restaurant in the hotel
    ("Quillan Coffee", "Quillan Coffee - Terminal 1"),
    ("Quillan Salon", "Quillan Salon by Jennifer Nguyen"),  # an owner of any trade, not a chef
    ("Jewish War Veterans Post 29", "JWV Holdings LLC"),  # the letters before no post
    ("Catholic War Veterans", "CWV Post Production LLC"),  # nor before a post's number (helper-131)
])
def test_what_follows_a_dash_or_by_that_says_another_body_is_not_left_out(disclosed, party):
    """helper-130's attack on the first version, which read any number, any name no word
    list holds, and any person after "by" as a place or a credit: each met at 63-100."""
    assert max(_both_ways(disclosed, party)) < THRESHOLD


def test_the_names_of_illinois_places_are_its_towns_and_counties_as_the_zipcodes_table_gives_them():
    from coi.names.places import derive_place_words, place_words

    words = place_words()
    assert {"springfield", "pekin", "carbondale", "sangamon", "winnebago", "oak", "park"} <= words
    assert not {"kowalski", "lumaro", "giordano", "tavern", "iowa"} & words
    assert words == derive_place_words()  # the shipped file is the pinned table's: python -m coi.names.places


def test_the_illinois_counties_are_the_zipcodes_tables_102():
    from coi.names.places import ILLINOIS_COUNTIES, _zip_rows, county_key

    table = {county_key(r["county"].removesuffix(" County")) for r in _zip_rows()
             if r.get("state") == "IL" and r.get("county")}
    assert len(ILLINOIS_COUNTIES) == 102
    assert table == ILLINOIS_COUNTIES


def test_the_whole_names_of_illinois_places_are_the_zipcodes_tables_and_chicagos_neighbourhoods():
    from coi.names.places import derive_place_names, place_names

    names = place_names()
    assert {"crystal lake", "morton grove", "evergreen park", "chicago", "lincoln park", "ohare"} <= names
    assert not {"crystal", "grove", "park", "jalisco", "wollensky"} & names  # a word of a name is no name
    assert names == derive_place_names()  # the shipped file is the pinned table's: python -m coi.names.places


def test_the_people_of_illinois_places_are_the_geonames_tables_and_each_county_its_towns():
    from coi.names.places import derive_populations, initials_share, place_populations

    people = place_populations()
    assert people["town", "chicago"] > 2_000_000 and people["county", "cook"] > people["town", "chicago"]
    assert sum(1 for sort, _ in people if sort == "county") == 102
    assert people == derive_populations()  # the pinned tables': python -m coi.names.places
    # a place's share of the people of the places of its sort with its initials
    assert initials_share("chicago", "town") > 0.8 and initials_share("cicero", "town") < 0.05
    assert initials_share("cook", "county") > 0.9 and initials_share("champaign", "county") < 0.05
    assert initials_share("kowalski", "town") is None
    # a town's people are the GeoNames place of its name nearest its post office: Bridgeport,
    # not Chicago's neighbourhood; O'Fallon written with or without its apostrophe
    assert people["town", "bridgeport"] < 5_000 and people["town", "o fallon"] > 20_000
    assert initials_share("ofallon", "town") == initials_share("o fallon", "town")
    assert initials_share("saint clair", "county") == initials_share("st clair", "county") == 1.0  # SC: its own


def test_the_words_of_other_states_towns_no_illinois_place_holds_are_the_zipcodes_tables():
    from coi.names.places import derive_other_states_place_words, other_states_place_words, place_words

    words = other_states_place_words()
    assert {"kokomo", "owensboro", "sheboygan", "ypsilanti", "tippecanoe"} <= words
    assert not words & place_words()  # no Illinois place's word (Erie, Toledo, Wayne are Illinois's too)
    assert words == derive_other_states_place_words()  # the pinned table's: python -m coi.names.places


def test_every_states_towns_are_the_zipcodes_tables():
    from coi.names.places import derive_towns_of_states, town_key, towns_of_states

    towns = towns_of_states()
    assert {("janesville", "wi"), ("saint louis", "mo"), ("la crosse", "wi"), ("aurora", "co")} <= towns
    assert (town_key("St. Louis"), "mo") in towns and ("anna", "md") not in towns
    assert towns == derive_towns_of_states()  # the pinned table's: python -m coi.names.places


def test_the_towns_names_that_name_another_town_backwards_are_the_zipcodes_tables():
    from coi.names.places import derive_reversible_places, reversible_places

    names = reversible_places()
    assert {("forest", "park"), ("park", "forest"), ("crystal", "lake"), ("lake", "crystal")} <= names
    assert not {("urbana", "champaign"), ("oak", "park"), ("mount", "pleasant")} & names  # one way round only
    assert names == derive_reversible_places()  # the shipped file is the pinned table's: python -m coi.names.places


@pytest.mark.parametrize("a, b", [
    ("Forest Park Police Department", "Park Forest Police Department"),  # two Cook County towns' departments
    ("Village of Forest Park", "Park Forest Public Library"),
    ("Crystal Lake Park District", "Lake Crystal Park District"),
    ("River Forest Fire Department", "Forest River Fire Department"),
])
def test_a_towns_name_written_the_other_way_round_is_another_towns(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Forest Park Police Department", "Police Department, Forest Park"),  # the words apart: one name
    ("University of Illinois Urbana-Champaign", "University of Illinois Champaign-Urbana"),  # two towns' name
    ("Homewood-Flossmoor High School", "Flossmoor-Homewood High School"),
    ("Arthur Dixon Elementary School", "Dixon, Arthur Elementary School"),  # surname first
    ("Douglas & Jones LLP", "Jones & Douglas LLP"),  # partners in another order
    ("Miller, Hall & Triggs", "Hall, Miller & Triggs"),
])
def test_words_in_another_order_that_name_no_other_place_are_one_body(a, b):
    """helper-63's review: a first rule reading any two place words written backwards as
    another place lost 129 pairs of one body (two towns' joint names, surnames written first,
    partners reordered); only names that are a place's either way round are held apart."""
    assert min(_both_ways(a, b)) >= THRESHOLD


def test_the_names_many_bear_ship_as_the_census_tables_give_them():
    """coi/data/us_name_bearers.tsv.gz (what an organization comparison asks of a word: is it
    a name many bear?) is derived from the shipped Census tables: python -m
    coi.names.frequency --bearers."""
    import gzip
    from importlib import resources

    from coi.names.frequency import BEARERS_FILE, derive_bearers, name_bearers

    shipped = gzip.decompress(resources.files("coi").joinpath("data", BEARERS_FILE).read_bytes()).decode("utf-8")
    assert shipped.splitlines() == derive_bearers()
    assert name_bearers("green")[0] > 400_000 and name_bearers("lumaro") == (0, 0)


@pytest.mark.parametrize("a, b", [
    ("Velo Cafe", "Cafe Ve"),  # two letters that begin a name are not it cut short
    ("Sushi Tora", "Torazaki Sushi"),
    ("Kavo Restaurant", "Kavora Restaurant"),
    ("Zeni Restaurant", "Zenito's Restaurant"),
    ("Marvek Trattoria", "Marvekino Trattoria"),
])
def test_a_word_that_only_begins_another_is_not_it_cut_short(a, b):
    """A name's word is cut short with a period, by an ending (Brew / Brewing) or to a
    skeleton (Grp, Spfld): a shorter word that merely begins a longer one (Me / Meli, Mura /
    Murakami, Saha / Sahara) is a name of its own, and its "cut short" covered the whole
    name, so two restaurants prompted at 89–100."""
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Kestrel Brew Pub", "Kestrel Pub & Brewing Co"),  # an ending: Brew / Brewing
    ("Varnell Roasters", "Varnell Roast"),
    ("Oakhurs Grove Fire Department", "Oakhurst Grove Fire Department"),  # its last letter dropped
    ("Kowalczyk Rest.", "Kowalczyk Restaurant"),  # a period
    ("Sang Co. Sheriff's Office", "Sangamon County Sheriff's Office"),  # a place's name by its end
])
def test_a_word_cut_by_its_ending_or_a_period_is_still_the_word(a, b):
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Selran Auto Repair", "Selselran Auto Repair"),  # a business's name by its end
    ("Vorel Bakery", "Vivorel Bakery"),
    ("PK Restaurant", "Pekko's Family Restaurant"),  # a skeleton of two letters
])
def test_a_business_name_is_not_cut_by_its_end_or_to_two_letters(a, b):
    """An agency's place may be written by its end or its middle (N'western, Collinsvl); a
    business's own name is not: Selran is another bakery than Selselran."""
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [("Mr. Pizza", "Maria's Pizza"), ("Mrs. Gyros", "Marisol's Gyros")])
def test_a_title_of_address_is_no_name_cut_short(a, b):
    """Mr. is written with a period but is a word of its own, not Maria's cut short."""
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Brisa City Tavern", "Brisa Tavern"),
    ("Noodle Village", "Noodles & Company"),
    ("Corvel Village Grill", "Corvel Grill"),
    ("Harlan Township", "City of Harlan"),  # a township is another body than the city
])
def test_a_place_kind_a_business_name_holds_on_one_side_only_is_a_word_of_its_own(a, b):
    """City, Village, Town and Township are dropped as the kind of place an agency belongs to
    (Village of Oak Ridge PD); in a business's name they are its own words, and one side's
    alone is a word added (Noodle Village and Noodles & Company prompted at 98)."""
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Oak Ridge Village", "Village of Oak Ridge"),
    ("City of Silverview Water Company", "Silverview Water Company"),
    ("Village of Oak Ridge Police Department", "Oak Ridge Police Department"),
    ("Brisa City Tavern", "Brisa City Tavern LLC"),
])
def test_a_place_kind_written_on_both_sides_or_before_of_still_drops(a, b):
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("party, disclosed", [
    ("TJ's", "Tovar Jensen Saloon"),
    ("RK's", "Ruvello Kastner Steakhouse"),
    ("MB's Grill", "Marlow Brenning Supply Grill"),
])
def test_initials_with_a_possessive_spell_only_their_capitals(party, disclosed):
    """JD's / Johnny Delmonico's Steakhouse, KD's / The Knuckle Down Saloon scored 87.4 in
    the restaurant listings (two restaurants each): the possessive's s was read as the
    initial of the trade word. Initials written in capitals stay initials (TJS), and the same
    initials with and without the possessive stay one name (JD's Tavern / JD Tavern)."""
    assert max(_both_ways(party, disclosed)) < THRESHOLD
    assert score("TJS", "Tovar Jensen Services", ORG) >= THRESHOLD  # (a party's initials: a disclosed alone meets none)
    assert min(_both_ways("JD's Tavern", "JD Tavern")) >= THRESHOLD


@pytest.mark.parametrize("a, b", [("Plushii", "The Plush"), ("Whiskia Cafe", "Whisk Cafe"), ("Crunchee", "Crunch")])
def test_a_word_of_everyday_english_and_it_with_two_letters_more_are_two_names(a, b):
    """Fresh / Freshii scored 38.1 in the restaurant listings (two restaurants): the everyday
    word was read as the other cut to a skeleton. Two letters more that are no ending make
    another name; a skeleton that is no word still meets its word (Kedz / Kedzie, below)."""
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Acme Constructi", "Acme Construction"),  # a name cut where a docket's field ends
    ("Querrey & Harr", "Querrey & Harrow"),
    ("Lakeview Plumbi", "Lakeview Plumbing"),
    ("Northbrook Ambula", "Northbrook Ambulance"),
    ("Kedz Ave Tavern", "Kedzie Ave Tavern"),  # a skeleton that also begins the word
])
def test_a_name_cut_by_a_fields_end_is_still_the_name(a, b):
    """A word that only begins another within a name is a name of its own (Saha / Sahara
    Restaurant, above), but a name long enough to fill a docket's field may lose its last
    word's end to it: that word stays the word cut short."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Velmont Mem Hosp", "Velmont Memorial Hospital"),  # words names write short, without a period
    ("Univ of Quintaro Med Ctr", "University of Quintaro Medical Center"),
    ("Archer Ave Hdwe", "Archer Avenue Hardware"),
    ("Mr. Velmo's Pizza", "Mister Velmo's Pizza"),  # a title of address and its word
    ("Ms. Tina's Daycare", "Miss Tina's Daycare"),
])
def test_words_names_write_short_and_titles_of_address_still_meet_their_words(a, b):
    """A reviewer's pairs (helper-68) held these as one body; a first version of the rule
    above lost them (Mem / Memorial, Mr. / Mister at 0)."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Wlostowski Bros. Roofing", "Wlostowski Brothers Roofing Inc"),  # a plural's s after a period's cut
    ("Tranh Bros. Nail Supply", "Tranh Brothers Nail Supply"),
    ("Velmont Hts Dental", "Velmont Heights Dental"),
    ("Quintaro Printers", "Quintaro Printing Co"),  # one word with other endings
    ("Velmo Roasters", "Velmo Roasting Co"),
])
def test_a_plurals_cut_and_a_word_with_other_endings_are_still_the_word(a, b):
    """Bros. keeps the plural's s the parse takes off Brothers (read brother), so its
    letters no longer ran through the word; Hts is Heights; Printers and Printing are one
    word with two endings. Each scored 0 (helper-68's pairs)."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Velmora Cafe on Main", "Velmora Cafe"),  # a branch's street or venue, as its place after "of"
    ("Velmora Grill at the Drake", "Velmora Grill"),
])
def test_a_business_with_its_branchs_street_or_venue_after_it_is_the_business(a, b):
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Velmora Cafe on Main", "Velmora Cafe on Rush"),  # two branches
    ("Tavern on the Green", "Tavern"),  # no word of its own before it: the place is the name
])
def test_two_branches_streets_or_a_name_made_of_its_place_are_not_one_branch(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Siudzinski's Pizzeria", "Siudzinskl's Pizzeria"),  # a name ending in i, its possessive and a slip
    ("Mariani's Bakery", "Marianl's Bakery"),
    ("Kowalski's Deli", "Kowalskl's Deli"),
])
def test_a_slip_in_a_name_ending_in_i_written_as_a_possessive_is_one_slip(a, b):
    """The parse keeps a last s after i (Davis, Paris), so Siudzinski's is siudzinskis while
    the slipped Siudzinskl's, ending in l, loses its s: one slip was read as two (scored 0)."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Nokazou Kitchen", "Nokazou Restaurant"),  # Kitchen, Barber, Tap say no trade alone
    ("Firimo Barbers", "Firimo Barbershop"),
    ("Dziedzicki's Tap", "Dziedzicki's Tavern"),
    ("Barberia Tlacuache", "Tlacuache Barber Shop"),
])
def test_a_trade_word_the_parse_does_not_read_put_for_another_of_its_group_is_one_business(a, b):
    """Kitchen / Restaurant, Barbers / Barbershop, Tap / Tavern are one trade's words, as
    Cafe / Restaurant are; the parse reads no trade from Kitchen, Barber or Tap alone, so the
    two names had two kinds and each trade word counted as a word of its own (scored 0)."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Happy Kitchen", "Happy Cafe"),  # an everyday word: many businesses
    ("Lucky Garden Kitchen", "Lucky Garden Restaurant"),
    ("Nokazou Kitchen", "Nokazou Pizzeria"),  # another group of the trade
])
def test_an_unread_trade_word_beside_a_name_many_could_bear_or_for_another_group_stays_a_word(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Galtdale Pharmacy - Cedarcliff", "Galtdale Pharmacy"),  # a place no list holds, after a dash
    ("Rosala Steakhouse - Brookton Heights", "Rosala Steakhouse"),
    ("Lumaro Cafe - Arlington Heights", "Lumaro Cafe"),  # Heights, read heights, not height
    ("Portillo's - Naperville", "Portillo's"),  # a name that says no trade, before a dash
    ("Oberweis Dairy - Aurora", "Oberweis Dairy"),
    ("Ginkgo Dental - Oak Park", "Ginkgo Dental"),
])
def test_a_branch_after_a_dash_named_by_a_place_no_list_holds_is_the_business(a, b):
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Portillo's - Naperville", "Portillo's - Schaumburg"),  # two branches
    ("Department of Corrections - Stateville", "Department of Corrections"),  # an agency's unit
    ("Housing Authority - Peoria", "Housing Authority"),  # a public body's town is which body
    ("Public Library - Oak Park", "Public Library"),
    ("Park District - Naperville", "Park District"),
    ("University of Illinois - Springfield", "University of Illinois"),
    ("Chicago - Rockford", "Chicago"),  # a place's name alone before the dash
])
def test_two_branches_after_a_dash_or_an_agencys_unit_are_not_the_body(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


def test_two_neighbouring_words_written_as_one_are_offered_by_the_blocking():
    """Dumpling Haus / DumplingHaus scored 99.8 but the blocking never offered it: the join
    of two neighbours, one distinctive, is a key (not two common words: Public Defender)."""
    from coi.names.index import _org_keys

    for disclosed, party in (("DumplingHaus", "Dumpling Haus"), ("Dumpling Haus", "DumplingHaus")):
        index = NameIndex([Candidate(disclosed, ORG, "employer")])
        assert [h.candidate.text for h in index.match(party, ORG)] == [disclosed]
    keys = _org_keys(parse_org("Emberfield County Public Defender's Office"))
    assert "o:emberfieldpublic" in keys and "o:publicdefender" not in keys


@pytest.mark.parametrize("a, b", [
    ("Dulce Vida Bakery", "Dolce Vida Bakery"),  # two words, one letter apart
    ("The Place", "The Palace"),
    ("Charles' Steakhouse", "Charlie's Steakhouse"),  # two names (Charles' read charle)
    ("Flores' Florist", "Flora's Florist"),
    ("Fat Sal's", "Salt & Fat"),
    ("The Barn", "Baron's"),  # one letter left out inside a word is no cut
    ("US Bank", "USA Bank"),
    ("Athens Grill", "Athena Grill"),  # Athens, read athen, is no cut of Athena: two known words
    ("Nicholas' Pizza", "Nichols Pizza"),
    ("Spring Cafe", "Springfield Cafe"),  # an everyday word is no cut of a town's name in a business's
])
def test_two_known_words_one_letter_apart_in_a_chosen_name_are_two_names(a, b):
    """A business's name, or one saying no kind, is chosen: a word one letter from another
    word or name is that word, not a slip (all but The Barn scored 99 to 100: helper-66's and
    -68's pairs, the listings' false prompts); nor is one letter left out inside a word a cut
    (The Barn / Baron's, read cut short once Barn was no slip)."""
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Modern Cleaners", "Modem Cleaners"),  # a scanner's misreading makes a word
    ("Beechmoor Park County State's Attorney's Office", "Beechmoor Pork County State's Attorney's Office"),
    ("Finchwell Park Electric Company", "Finchwell Pork Electric Company"),  # a utility's place
    ("Arl Hts Park District", "Arlington Heights Park District"),  # a district's town cut short
    ("Oakhurs Dental", "Oakhurst Dental"),  # a last letter dropped from a word no list knows
])
def test_a_slip_that_makes_a_word_in_an_agencys_name_or_a_misreading_is_still_a_slip(a, b):
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Bistro", "Bistro 85"),  # a number beside trade words only is the name's own
    ("No 1 Kitchen", "The Kitchen"),
    ("TN Nails", "Tina's Nails"),  # two initials are no skeleton of a chosen name's word
    ("Pollo", "Pl"),
])
def test_a_name_of_trade_words_and_a_number_or_a_chosen_names_word_cut_to_two_letters_is_another(a, b):
    """Bistro 85 / Bistro, TN Nails / Tina's Nails, Pollo / Pl scored 35 to 100: a number
    beside words of kind or trade only is what names the place (not a lodge's or a local's,
    whose body the other name may be); a name that says no kind is chosen, so its words are
    not cut to two letters."""
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Takara 88", "Takara"),  # beside a word of its own the number may be left out
    ("Kedz Ave Tavern", "Kedzie Ave Tavern"),  # a skeleton that is no word
    ("Chgo Pizza", "Chicago Pizza"),
    # words written short that the everyday list also holds, in names that say no trade
    ("St Mary Cath Church", "St Mary Catholic Church"),
    ("Sangamon Hist Soc", "Sangamon Historical Society"),
    ("Lincoln Tech Inst", "Lincoln Technical Institute"),
    ("First United Meth Church", "First United Methodist Church"),
    ("N'western Mutual", "Northwestern Mutual"),  # cut by its middle or its end: not a business's
    ("Collinsvl Rotary", "Collinsville Rotary"),
])
def test_a_number_beside_a_word_of_its_own_and_a_skeleton_that_is_no_word_still_meet(a, b):
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Hollenbeck's Tap", "Hollenbeck's Tavern"),  # an owner's name no everyday word: one tavern
    ("Grabowski's Tap", "Grabowski's Pub"),
    ("Nokazou Cafe", "Nokazou Diner"),
    ("Kelly's Irish Pub", "Kelly's Irish Tavern"),  # a name beside the cooking it says
    ("Cornerstone Garnet Pizza", "Cornerstone Garnet Pizzeria"),  # a trade's words, not a place's sort
    ("Sterling Iron Drugs", "Sterling Iron Pharmacy"),
    ("Village of Oak Park", "Village of Oak Pork"),  # a government's name: a slip that makes a word
    ("Illinois Secretary of State", "Illinois Secretary of Slate"),
])
def test_a_named_places_sort_put_for_another_or_a_governments_slip_is_one_body(a, b):
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Sunrise Diner", "Sunrise Cafe"),  # an everyday name: a diner and a cafe of it are two places
    ("Metro Diner", "Metro Cafe"),
    ("Golden Wok Restaurant", "Golden Wok Cafe"),
    ("Main Street Diner", "Main Street Cafe"),
    ("The Oasis Cafe", "Oasis Grill"),
    ("Tuscany Restaurant & Pizzeria", "Tuscany Grill"),  # a region's name: judged one in the eleventh session
    ("Happy Kitchen", "Happy Cafe"),
])
def test_an_everyday_name_with_another_sort_of_place_is_another_place(a, b):
    """Restaurant, Cafe, Diner, Grill; Tavern, Pub, Bar; Lounge, Nightclub say the sort of
    place: put for one another beside an everyday name they named another place in helper-69's
    blind review (Sunrise Diner / Sunrise Cafe, Golden Wok Restaurant / Cafe, 5 pairs) and
    in the listings (14 pairs of other restaurants), each scored 84 to 95."""
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Vrbanac Motel", "Vrbanac Inn"),  # a lodging's word beside a name no brand's
    ("Dentes Motel", "Dentes Inn"),
])
def test_a_lodgings_word_put_for_another_beside_its_own_name_is_one_lodging(a, b):
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Comfort Inn", "Comfort Suites"),  # a brand's words: two brands
    ("Red Roof Inn", "Red Roof Motel"),
])
def test_a_lodgings_word_beside_an_everyday_brand_stays_the_brands(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Harmony Grill", "Harmony Bar & Grill"),  # another sort added to an everyday name's
    ("Lakeside Grill", "Lakeside Grill & Pub"),
    ("China Garden Restaurant", "China Garden Restaurant & Bar"),
])
def test_a_places_sort_added_beside_an_everyday_name_is_another_place(a, b):
    """Each scored 99; the listings' telephone numbers and helper-66 judged them two places."""
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Nokazou Grill", "Nokazou Bar & Grill"),  # beside a name of its own
    ("Kelly's Irish Pub", "Kelly's Irish Pub & Grill"),  # beside the cooking it says
    ("Zinc Cafe", "Zinc Cafe & Market"),  # another trade joined on, not a place's sort
])
def test_a_places_sort_added_beside_its_own_name_or_a_trade_joined_on_is_one_place(a, b):
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Kankakee Township Road District", "Kankakee Townhsip Road District"),  # a place kind's slip
    ("Nettleford Power and Light Company", "Nettleford Power and Light Compony"),  # a legal form's
    ("Glenford Grove County State's Attorney's Office", "Glenford Grove Counfy State's Attorney's Office"),
])
def test_a_slip_in_a_word_the_parse_reads_by_its_meaning_is_read_as_that_word(a, b):
    """Township, County and Company are read as kinds, not as a name's words; slipped, they
    stayed words of their own against nothing (scored 0 to 1.4)."""
    assert parse_org(b).words == parse_org(a).words
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("word", ["policy", "marshall", "marshalis", "wamers", "kankakee", "centex", "clinix"])
def test_a_word_of_everyday_english_a_name_or_one_slip_from_a_plural_is_not_read_as_a_kind(word):
    """Policy, Marshall are words and names (not police, marshal); Marshali's, Wamer's are
    slipped names one letter from the plurals Marshals, Waters, which a first version read;
    Centex, Clinix are brands that make a word of kind their own by its ending (a review
    found Centex Homes / Homes at 97.6)."""
    from coi.names.org import _typed

    assert _typed(word) is None


@pytest.mark.parametrize("a, b", [
    ("N Chicago Police Department", "North Chicago Police Department"),  # a direction's letter
    ("E St Louis Housing Authority", "East St. Louis Housing Authority"),
    ("N Riverside Village Hall", "North Riverside Village Hall"),
    ("W Dundee Police Department", "West Dundee Police Department"),
])
def test_a_direction_written_as_its_letter_before_a_place_is_that_direction(a, b):
    """Each scored 0 to 0.1 (helper-69's pairs): one letter is no word cut short."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("N Chicago Police Department", "Chicago Police Department"),  # the letter is a word of the town's
    ("N Chicago Police Department", "South Chicago Police Department"),  # another direction
    ("W Hotel", "West Hotel"),  # in a business's name a letter is a brand's
])
def test_a_direction_letter_is_no_other_word_and_no_business_name_cut(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("The Bar", "Village Bar"),  # a place kind's word with no place's name is the bar's own
    ("The Bar", "City Bar"),
    ("The Bar", "Bar 821"),  # a number beside a trade word only is the name's own
])
def test_a_bar_that_says_no_lawyers_word_is_no_bar_association(a, b):
    """Bar was read as the lawyers' (a bar association) whatever stood beside it: The Bar /
    Village Bar scored 96.7 as one association with no place named (the restaurant listings'
    telephone numbers: two bars). Beside no word of drink either, it says no kind."""
    assert max(_both_ways(a, b)) < THRESHOLD
    assert org_kind(parse_org(b)).body != "association"


@pytest.mark.parametrize("a, b", [
    ("Nokazou Kitchen", "Nokazou Kitchen & Bar"),  # a bar joined on beside a name of its own
    ("Vrellan Sushi Bar", "Vrellan"),  # the trade words a distinctive name adds (Katsu / Restaurant Katsu)
    ("Kendall County Bar", "Kendall County Bar Association"),  # a county's: the lawyers'
    ("DuPage County Bar", "DuPage County Bar Association"),  # (the county's word is no content word)
    ("Illinois State Bar", "Illinois State Bar Association"),
])
def test_a_bar_joined_on_is_one_place_and_a_countys_or_states_bar_is_the_lawyers(a, b):
    """Nokazou Kitchen & Bar was a bar association against the kitchen (1.1; helper-69 judged
    such a pair one body)."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Taco King", "King Taco"),  # an English compound's last word says what it is
    ("Boat House Grill", "House Boat Grill"),
])
def test_two_everyday_words_of_a_chosen_name_the_other_way_round_are_another_name(a, b):
    """Taco King / King Taco scored 100 with the words' order "other" (the listings: two
    chains), as Forest Park / Park Forest were two towns."""
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Blue Island Beer Company", "Island Blue Beer Company"),  # an Illinois place's two words swapped
    ("Glen Ellyn Florist", "Ellyn Glen Florist"),
    ("Oak Lawn Bakery", "Lawn Oak Bakery"),
    ("Downers Grove Bakery", "Grove Downers Bakery"),  # a place's word the parse holds without its s
    ("Park Ridge Community Church", "Ridge Park Community Church"),  # (a church's name says no kind)
    ("University Park Police Department", "Park University Police Department"),  # an agency's too
])
def test_a_places_two_words_the_other_way_round_are_another_name(a, b):
    """All scored 100 with the words' order "other" (helper-66's review judged the first,
    the fourth two bodies; helper-82's blind pairs the last): a body takes a place's name as
    the place writes it."""
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Kevin O'Brien Plumbing", "O'Brien Kevin Plumbing"),  # a name written surname first
    ("Robert Nakamura DDS", "Nakamura Robert DDS"),
    ("Thomas, James CPA", "James Thomas CPA"),  # the parse keeps no comma (helper-81)
    ("Robert Williams Plumbing", "Williams Robert Plumbing"),  # Williams: a given name's with an s
    ("Oak Park Sushi Bar", "Sushi Bar Oak Park"),  # a place's name moved whole
    ("Martin & James Salon", "James & Martin Salon"),  # partners joined by "&" in another order
])
def test_a_name_written_surname_first_or_a_place_moved_whole_stays_one_name(a, b):
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Lee Young Insurance", "Young Lee Insurance"),  # names people bear (helper-71: one firm)
    ("Pizza Bella", "Bella's Pizza"),  # a trade word moved
    ("Oak Lawn Police Department", "Police Department of Oak Lawn"),
])
def test_names_people_bear_or_a_trade_word_in_another_order_stay_one_name(a, b):
    assert min(_both_ways(a, b)) >= THRESHOLD


def test_a_bar_that_serves_drink_is_no_lawyers_bar_association():
    """McHenry Sports Bar / McHenry Bar Association scored 99.3 as two bar associations;
    read as a drinking bar, its trade word, which the association's name holds too, said no
    kind against it. (McHenry Bar Company is McHenry Bar to the parse, which drops legal
    forms: a name that may be either.)"""
    assert max(_both_ways("McHenry Bar Association", "McHenry Sports Bar")) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Chicago Bar", "Chicago Bar Association"),  # a bar beside no word of drink or law: either
    ("Hellenic Bar", "Hellenic Bar Association"),
    ("Texas Bar", "State Bar of Texas"),  # a state's name as the parse holds it (texa)
    ("DuPage Bar", "DuPage County Bar Association"),
])
def test_a_bar_beside_no_word_of_drink_may_be_the_lawyers(a, b):
    """A first version read every bar without a lawyers' word as one that serves drink, and
    these scored 0 (helper-72's review)."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Champaign-Urbana Pizza", "Urbana-Champaign Pizza"),  # two towns' names: either way round
    ("Bloomington-Normal Bakery", "Normal-Bloomington Bakery"),
    ("Salt + Pepper Diner", "Pepper & Salt Diner"),  # a + joins as & does
    ("Big Brothers Big Sisters", "Big Sisters Big Brothers"),  # a name of repeated words
])
def test_towns_names_or_words_joined_the_other_way_round_stay_one_name(a, b):
    """A first version of the compound rule scored these 0 (helper-72's review)."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Sunrise Cafe", "Sunrise Coffee"),  # a cafe's word is its group's own
    ("Quarry Cafe", "Quarry Coffee"),
])
def test_cafe_put_for_coffee_stays_one_place(a, b):
    """A first version of the Restaurant rule scored these 0.1 (helper-72's review)."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Sunny Restaurant", "Sunny Barbeque"),  # Restaurant put for a sort's word beside an everyday name
    ("Taqueria El Sol", "El Sol Restaurant"),
])
def test_restaurant_put_for_a_sorts_word_beside_an_everyday_name_is_another_place(a, b):
    """Each scored 93.6 to 94.7, as Sunrise Diner / Sunrise Cafe had before them (the
    listings: Pete's Family Restaurant / Pete's Barbeque; helper-66 judged Taqueria El Sol two)."""
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Nokazou Restaurant", "Nokazou BBQ"),  # beside a name of its own
    ("Han Bit Sol Restaurant", "Han Bit Sol Korean BBQ"),  # three words together name one place
])
def test_restaurant_put_for_a_sorts_word_beside_a_name_of_its_own_is_one_place(a, b):
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Table Fifty-Two", "Table 52"),  # a tens word and its unit: one number
    ("Trattoria Number Ten", "Trattoria No. 10"),  # the number's mark with it
    ("Three Dots and a Dash", "3 Dots & a Dash"),
    ("FOP Lodge Seven", "FOP Lodge 7"),
    ("First Baptist Church of Elmwood", "1st Baptist Church of Elmwood"),  # an ordinal
    ("Twenty-Sixth Street Quorvane Hardware", "26th Street Quorvane Hardware"),  # a tens word and an ordinal
    ("Thirteenth Street Quorvane Tap", "13th St. Quorvane Tap"),
])
def test_a_number_written_in_words_meets_its_digits(a, b):
    """Each scored 0: the words were words of their own against a number (helper-73's guide
    listings; helper-69's Bistro Eighty-Five / Bistro 85)."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("First Midwest Bank", "Midwest Bank"),  # a number word with no digits against it: a word
    ("One World Cafe", "World Cafe"),
    ("FOP Lodge Seven", "FOP Lodge 71"),  # another number
])
def test_a_number_word_against_no_digits_or_other_digits_stays_a_word(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Lake St Cafe", "Lake Street Cafe"),  # St. after a word and before no saint's name: Street
    ("Prairie Street Brewhouse", "Prairie St. Brewhouse"),
    ("Rush St", "Rush Street"),
])
def test_st_after_a_word_and_before_no_saints_name_is_street(a, b):
    """St. was always read as Saint (Prairie St. Brewhouse / Prairie Street Brewhouse 0;
    helper-73's guide listings)."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("East St. Louis Housing Authority", "East Saint Louis Housing Authority"),  # before a saint's name
    ("Church of St. Joseph", "Church of Saint Joseph"),
    ("St. Mary's Hospital", "Saint Mary's Hospital"),  # first: Saint
])
def test_st_first_or_before_a_saints_name_is_saint(a, b):
    assert parse_org(a).words == parse_org(b).words


@pytest.mark.parametrize("a, b", [
    ("Velmora Kitchen at Park Hyatt", "Velmora Kitchen"),  # a venue after "at": a hotel,
    ("Quintaro's at Oakton Athletic Association", "Quintaro's"),  # a club, words of kind and all
    ("Dorvane Room at the Palmer Hotel", "The Dorvane Room"),
    ("Kestrel Hardware at 1840 Main St", "Kestrel Hardware"),  # an address
    ("Quintaro's on Halsted", "Quintaro's Restaurant"),  # a street after "on"
    ("Kestrel Barbershop on 26th St", "Kestrel Barbershop"),
    ("Kestrel Barbershop on 26th St", "Kestrel Barbershop 26th St"),  # the venue inline on the other side
    ("Cafe Velmora at 333 Wacker", "Cafe Velmora 333 Wacker"),  # (helper-75: 100 -> 0 in a first version)
    ("Velmora at Union Station", "Velmora Union Station"),
])
def test_a_name_someone_chose_with_the_venue_it_is_in_after_at_is_the_name(a, b):
    """Before, a venue after "at" or a street after "on" was left out only after a trade word
    and when it said no kind and no number (NoMI Kitchen at Park Hyatt / NoMI Kitchen, Pump
    Room at Public Hotel / The Pump Room, Rizzi's on Water / Rizzi's Restaurant scored 0;
    helper-73's guide listings)."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Dorvane Room at the Palmer Hotel", "Velmora Court at the Palmer Hotel"),  # two rooms of one hotel
    ("Dorvane Room at the Palmer Hotel", "Dorvane Room at the Drake"),  # two venues
    ("Harvest at the Station", "Harvest Mexican Grill"),  # an everyday name alone
    ("Kestrel Bank Attorneys at Law", "Kestrel Bank"),  # at Law is no venue
    ("Kestrel Barbershop on 26th St", "Kestrel Barbershop on Archer Ave"),  # two streets
    ("University of Elmhurst at Chicago", "University of Elmhurst"),  # a campus of a body of kind
    ("Guardian Angels at Home", "Guardian Angels"),  # a phrase of the name's own, no venue (helper-75)
    ("Blue Line on Call", "Blue Line"),
    ("Meals on Wheels", "Meals"),
])
def test_other_rooms_of_a_venue_other_venues_and_names_of_kind_are_not_one_by_at(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Zuvo", "Zuvo Pizzeria"),  # four letters written as a word, not as initials
    ("Oola", "Oola Restaurant & Bar"),
    ("Khuc", "Khuc Nail Salon"),
])
def test_a_four_letter_name_written_as_a_word_with_its_trade_words_is_the_business(a, b):
    """Five letters were the least for a name alone, as a shorter one may be initials (SEIU,
    IDOT); one written in small letters is a word (Oola / Oola Restaurant & Bar scored 0.2 on
    the restaurant listings)."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("ZUVO", "ZUVO PIZZERIA"),  # one case throughout: initials or a word, it does not say
    ("JRMA", "JRMA Auto Repair"),  # capitals: initials
    ("zuvo", "zuvo pizzeria"),
    ("Zuvo", "Zuvo Pizzeria & Auto Repair"),  # another trade's words
])
def test_a_four_letter_name_in_capitals_or_one_case_may_be_initials(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Happy Thai", "Happy Thai Restaurant"),  # a name saying its cooking is an eating place's
    ("Golden Dragon Chinese", "Golden Dragon Chinese Restaurant"),
    ("Sunrise Mexican", "Sunrise Mexican Grill"),
    ("Coriander Gourmet Thai", "Coriander Gourmet Thai Kitchen"),
    ("Happy Thai", "Happy Thai Kitchen"),  # Kitchen beside a cooking: an eating place's word
])
def test_a_name_saying_its_cooking_with_a_word_of_a_place_that_serves_meals_is_the_place(a, b):
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Velmorrasky", "Velmorrasky Uzbek Cafe"),  # any people's cooking, not a list's few
    ("Quintarelli", "Quintarelli Eritrean Restaurant"),
    ("Happy Nepali", "Happy Nepali Kitchen"),
    ("Sunrise Haitian", "Sunrise Haitian Grill"),
])
def test_every_peoples_cooking_is_a_cooking(a, b):
    # the cookings were a list of some sixty; a name with another people's cooking added to
    # its own word had that word counted against it as a rare word missing (0.0)
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Velmorrasky Uzbek Cafe", "Velmorrasky Georgian Cafe"),  # two cookings: two places
    ("Canadian Legion", "Canadian Legion Restaurant"),  # a people's word first: no cooking said
    ("Sunrise Haitian", "Sunrise Haitian Auto Repair"),  # another trade
])
def test_another_peoples_cooking_or_trade_is_not_the_place(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Velmorrani Dosa House", "Velmorrani"),  # those peoples' dishes: what the place serves
    ("Chaat Quintaro", "Quintaro"),  # a dish may lead
    ("Okonomiyaki Zentaro", "Zentaro"),
    ("Zentaro Schnitzel House", "Zentaro"),
])
def test_every_peoples_dish_is_what_the_place_serves(a, b):
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Schnitzel", "Schnitzel Restaurant"),  # a dish alone is no one's name
    ("Tagine", "Tagine Moroccan Cuisine"),
    ("Zentaro Dosa House", "Zentaro Schnitzel House"),  # another dish: another place
])
def test_a_dish_alone_or_another_dish_is_not_the_place(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Thai", "Thai Restaurant"),  # a cooking alone is no one's name
    ("Happy Thai", "Happy Mexican Restaurant"),  # another cooking
    ("Happy", "Happy Thai Restaurant"),  # the cooking added, not said
    ("Happy Thai", "Happy Thai Auto Repair"),  # another trade
    ("Thai Basil", "Basil Thai Restaurant & Bar"),  # its words in another order: another name
    ("Indian Head Park", "Indian Head Park Grill"),  # a people's word first: a village (helper-75)
    ("American Legion", "American Legion Restaurant"),
    ("Polish Museum", "Polish Museum Restaurant"),
    ("Chicago Thai", "Chicago Thai Kitchen"),  # a place beside the cooking says where, not which
    ("American Kitchen & Bath", "American Kitchen & Bath Restaurant"),  # Kitchen not last: no eating place
])
def test_a_cooking_alone_another_cooking_or_another_trade_is_not_the_place(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("name, field", [
    ("Happy Thai Kitchen", "eating and drinking"),  # Kitchen beside a cooking
    ("Mama Tovi's Italian Kitchen", "eating and drinking"),
    ("Kitchen & Bath Designs", ""),  # Kitchen alone says no kind
    ("Italian Kitchen Design", ""),  # nor beside a cooking when another word follows (helper-75)
    ("Nokazou Kitchen", ""),
])
def test_kitchen_is_an_eating_places_word_beside_a_cooking(name, field):
    assert org_kind(parse_org(name)).field == field


@pytest.mark.parametrize("a, b", [
    ("Tsuruzen", "Tsuruzen Ramen Bar"),  # what it serves and its trade added to a name of its own
    ("Okrelli", "Okrelli Cheese and Wine Cafe"),
    ("Velmora Cafe", "Velmora Cafe & Juice Bar"),
    ("Quintaro Vietnamese", "Quintaro Vietnamese Restaurant & Pho"),
])
def test_what_an_eating_place_serves_added_to_its_name_says_only_its_trade(a, b):
    """A dish or a drink an eating place's name says it serves (Ramen, Cheese and Wine, Juice,
    Pho) was a rare word of its own: Zumiya / Zumiya Ramen Bar, Kyoten / Kyoten Sushi
    scored under 1 (helper-66's, -69's and -74's pairs, the listings' Casellula)."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Tsuruzen Ramen Bar", "Tsuruzen Sushi Bar"),  # one dish put for another: another place
    ("Okrelli Burger Grill", "Okrelli Taco Grill"),
    ("Sunrise", "Sunrise Noodle House"),  # an everyday name alone fits any trade's business
    ("Taco King", "King Taco"),  # a dish and an everyday word the other way round: another name
    ("Burger Palace", "Palace Burger"),
    ("Kowalski's", "Kowalski's Chicken Shack"),  # a name many bear
])
def test_another_dish_or_an_everyday_name_is_not_the_eating_place(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Vrbanek", "Vrbanek Funeral Home"),  # a name of its own with what the business does after it
    ("Ostrowczyk Plumbing & Heating", "Ostrowczyk"),
    ("Zembrowski", "Zembrowski Insurance Agency"),
    ("Quellmark", "Quellmark Security Services Inc"),
    ("Palaestra", "Palaestra Boxing Gym"),
    ("Gwozdz", "Gwozdz Roofing Center"),  # Center says only a type of business (helper-80)
    ("Mochiko Dumpling", "Mochiko Dumpling Restaurant"),  # a name ending in what it serves is an eating place's
    ("Paciugo Gelato", "Paciugo Gelateria"),  # a dish and its shop's word: one group
    ("Tsuruzen Kabob House", "Tsuruzen Kebab House"),  # one dish as menus spell it (helper-78)
    ("Uncle Velmo's Bar-B-Que", "Uncle Velmo's Barbecue"),
])
def test_a_name_of_its_own_with_words_of_what_the_business_does_is_the_business(a, b):
    """A name no one else bears alone against it with the words of a service, a craft or a
    product (Ferrowind / Ferrowind Welding, Gwozdz / Gwozdz Roofing, Vaitkus / Vaitkus Funeral
    Home scored under 1: helper-66's pairs) was read with those words as its own; only the
    trades coi reads a kind from (a restaurant, a garage) were generic."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Ostrowczyk", "Ostrowczyk Missouri"),  # a place added: a name of its own (the word list holds places)
    ("Quellmark", "Quellmark Line Investigations"),  # a word of no trade added inside
    ("Sunrise", "Sunrise Roofing"),  # an everyday name alone fits any trade's business
    ("Kowalski", "Kowalski Roofing"),  # a name many bear
    ("Ostrowczyk Roofing", "Ostrowczyk Plumbing"),  # one trade put for another
    ("Zuvo", "Zuvo Pizzeria & Auto Repair"),  # two trades' words: no one business's
    ("Zuvo", "Zuvo Pizzeria & Roofing"),  # two families of trades (helper-78)
    ("Zuvo", "Zuvo Tax & Travel"),
    ("Zuvo", "Zuvo Banquets"),  # banquet halls are often other businesses
    ("Vrbanek", "Vrbanek Hospital"),  # a hospital, a school, a bank, a utility: no business of a trade
    ("Vrbanek", "Vrbanek Elementary School"),
    ("Vrbanek", "Vrbanek Bank"),
    ("Vrbanek", "Vrbanek Water Department"),
])
def test_a_place_another_word_an_everyday_name_or_two_trades_is_not_the_business(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Cup Cafe", "Cupcake Cafe"),  # a dish is no word written short (helper-78)
    ("Ham Radio Store", "Hamburger Radio Store"),
    ("Break Room Cafe", "Breakfast Room Cafe"),
    ("Pie House", "Pierogi House"),
    ("Jimmy's Tavern", "Jimmy's Tea Tavern"),  # a dish beside a name many bear: maybe another tavern
    ("Golden Grill", "Golden Chicken Grill"),
    ("Ice House", "Ice House Tavern"),  # Ice is no dish: an ice house is another thing
])
def test_a_dish_is_no_word_cut_short_nor_generic_beside_a_common_name(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Curry Towing", "Curry Towing & Recovery"),  # a name many bear is no dish: the owner's name
    ("Wing Lee Restaurant", "Wing Lee Chinese Restaurant"),
    ("Okrelli Wine Cheese", "Okrelli Cheese Wine"),  # two dishes listed: no compound's order
    ("Lem's Bar-B-Q's", "Lem's Barbecue"),  # Bar-B-Q as signs write it
    ("Lem's Bar B Cue", "Lem's Barbecue"),
    ("Sandwich Motel", "Sandwich Motel & Suites"),  # Sandwich is an Illinois town, no dish (helper-79)
])
def test_dishes_leave_owners_names_lists_and_barbecue_as_they_were(a, b):
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Rosales", "Rosales Roofing"),  # a name 5,000 bear, as the parse holds it without its s (helper-79)
    ("Des Plaines", "Des Plaines Dental"),  # an Illinois town's word, likewise
    ("Zacatecas", "Zacatecas Roofing"),
    ("Candy Zmuda", "Zmuda"),  # a given name before is no word of what a business does
    ("Zmuda", "Zmuda Recovery Center"),  # words of a trade that name other things too
    ("Zmuda", "Zmuda Home"),
    ("Vrbanek", "Vrbanek Preschool"),  # a school's, a treatment body's, a body's unit
    ("Vrbanek", "Vrbanek Counseling Center"),
    ("Vrbanek", "Vrbanek Security Department"),
    ("Pancake House", "Pancake House Restaurant"),  # a generic name of a dish and a place: no one's
    ("Sweet Tea", "Sweet Tea Restaurant"),  # a dish after an everyday word or a person's name
    ("Robert Custard", "Robert Custard Cafe"),
    ("Pilsen Tacos", "Pilsen Tacos Restaurant"),  # a dish after a place many businesses take (helper-80)
    ("St. Wenceslaus", "St. Wenceslaus Dental"),  # a saint's name is many parishes'
])
def test_names_many_bear_schools_and_generic_dish_names_are_not_one_business(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Quintaro's Pizza & Pub Crystal Lake", "Quintaro's Pizza and Pub"),  # a town's whole name last
    ("Lumaro Steakhouse Naperville", "Lumaro Steak House"),
    ("Kestrel Fresh Market Evergreen Park", "Kestrel Fresh Market"),
    ("Lumaro Cafe Evanston", "Evanston Lumaro Cafe"),  # the town first on the other side
])
def test_a_business_with_its_branchs_town_written_last_is_the_business(a, b):
    """A town written after a business's name with no word between was a word of its own
    (Sullivan's Steakhouse Naperville / Sullivan's Steak House, Nick's Pizza & Pub Crystal
    Lake / Nick's Pizza and Pub scored under 1; helper-73's and -74's pairs)."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Lumaro Steakhouse Naperville", "Lumaro Steakhouse Chicago"),  # two branches
    ("Tony's Sandwich", "Tony's"),  # Sandwich, Illinois: an everyday word after a name alone
    ("Velmora & Skokie", "Velmora"),  # joined to the name: the name's own
    ("Crystal Lake Police Department", "Police Department"),  # a place first, a body of kind
    ("Goldberg Kohn Edelstein", "Goldberg Kohn"),  # a partner's name that is a village's (helper-75)
    ("Alpha Phi Alpha", "Alpha Phi"),  # a chapter's letter
    ("Wells Fargo Fidelity", "Wells Fargo"),  # an everyday word that is a village's
    ("Mama's Little Italy", "Mama's"),
    ("Hewlett Packard Electronic Data Systems", "Hewlett Packard"),  # a company's own ZIP code's name
])
def test_two_branches_towns_or_a_town_that_is_the_names_own_are_not_one_branch(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("name, words, qualifier", [
    ("Quintaro's Pizza & Pub Crystal Lake", ("quintaro", "pizza", "pub"), ("crystal", "lake")),
    ("Barnes & Noble", ("barne", "noble"), ()),
    ("Velmora Tavern Normal", ("velmora", "tavern"), ("normal",)),  # after a trade: Normal, Illinois
    ("Smith & Wollensky Chicago", ("smith", "wollensky", "chicago"), ()),  # no trade: the name's own
    ("Police Department Chicago", ("police", "department", "chicago"), ()),  # no word of its own
])
def test_a_towns_whole_name_written_last_is_read_as_a_branchs_place(name, words, qualifier):
    parsed = parse_org(name)
    assert (parsed.words, parsed.qualifier) == (words, qualifier)


@pytest.mark.parametrize("a, b", [
    ("Rick Dasko's Quintaro Grill", "Quintaro Grill"),  # a chef's name before a name of its own
    ("Tony Vu's Bao Mei Lin", "Bao Mei Lin"),  # three words of its own
    ("Rick Daskos' Quintaro Grill", "Quintaro Grill"),  # a possessive written with s'
])
def test_an_owners_name_written_before_a_name_of_its_own_may_be_left_out(a, b):
    """An owner's or a chef's name written before the name (Rick Bayless' Frontera Grill /
    Frontera Grill, Tony Hu's Lao Sze Chuan / Lao Sze Chuan scored 0; helper-73's listings)."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Harry Velmont's Italian Steakhouse", "Italian Steakhouse"),  # no name of its own left
    ("Tom Velmont's Jwlrs. Co", "Ann Dasko's Jwlrs. Co"),  # a trade's word cut short is no name
    ("Quintaro's Frontale Grill", "Frontale Grill"),  # one word before: the name's own
    ("Rick Dasko's Quintaro Grill", "Ann Velmont's Quintaro Tavern"),  # the names left differ
])
def test_an_owners_name_before_everyday_or_trade_words_or_a_single_word_stays(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Quintaro's Cafe on Fifth", "Quintaro's Cafe on 5th"),  # both read at a venue: read whole too
    ("Kestrel Barbershop on 26th", "Kestrel Barbershop on 26th St"),
    ("Lumaro Pizza Lake View", "Lumaro Pizza Lakeview"),  # a place written another way
    ("Velmora Grill at Dorvane Athletic Association", "Velmora Grill at DAA"),  # a venue's initials
    ("Quintaro Pizzeria Chicago", "Quintaro Pizzeria Chicago - Naperville"),  # a town in a chain's name
])
def test_a_name_read_with_its_place_apart_still_meets_what_its_whole_reading_met(a, b):
    """Each scored 26 to 100 read whole; read only with the place apart they fell under 1
    (helper-76's review): the whole reading is now always among the readings."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Tom Velmont's Quintaro Realty", "Mary Dasko's Quintaro Realty"),  # two owners' offices (helper-76)
    ("Fighting Irish", "Fighting Irish Pub"),  # a people's word many names end with
    ("Mid American", "Mid American Restaurant"),
    ("Great American Kitchen", "Great American Grill"),
])
def test_two_owners_or_a_peoples_word_ending_a_name_are_not_one_place(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Kessler Laboratory", "Kessler Laboratories"),  # a word ending in y and its plural
    ("Zorvath Pharmacy", "Zorvath Pharmacies"),
    ("Brenwick Property Management", "Brenwick Properties Management"),
    ("Olszewski Bakery", "Olszewski Bakeries"),
])
def test_a_word_ending_in_y_and_its_plural_are_one_word(a, b):
    """The parse took a plural's s only (Laboratories read as laboratorie), so the two forms of
    one word counted as two rare words and each of these scored 0."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("plural, single", [
    ("cookies", "cookie"),  # the word without its s is a word: its ie stays
    ("prairies", "prairie"),
    ("davies", "davie"),
    ("laboratories", "laboratory"),
    ("series", "serie"),  # no "sery": the s alone goes, as before
    ("tammies", "tammie"),  # Tammie's, folded: a name people bear (helper-81)
    ("fries", "frie"),  # a surname (Fries Law Office is not Fry's)
])
def test_a_plural_in_ies_reads_as_its_y_word_only_where_that_is_the_word(plural, single):
    from coi.names.org import _stem

    assert _stem(plural) == single


def test_a_word_written_with_and_without_its_s_in_one_name_is_said_as_the_parse_holds_it():
    """helper-84: Roberts Robert Plumbing said "Roberts" for both words."""
    evidence = compare_names("Roberts Robert Plumbing", "Roberts Plumbing", ORG)
    assert not any(f.left == "roberts" and f.level.startswith("missing") for f in evidence.features)


def test_the_reasons_say_a_names_words_as_it_writes_them():
    """The parse holds a word without its plural's s, and the reasons said that: "Thoma Scott
    in one name only", "Jone Plumbing in both names". A possessive's s stays off (Mitchell's
    reads Mitchell)."""
    evidence = compare_names("Thomas Jones Realty", "Thomas Jones Realty Group", ORG)
    assert "Thomas Jones Realty in both names" in evidence.reason
    shared = next(f for f in evidence.features if f.level == "shared")
    assert (shared.left, shared.right) == ("thomas jones realty", "thomas jones realty")
    possessive = compare_names("Lou Mitchell's", "Lou Mitchell's Restaurant", ORG)
    assert "Lou Mitchell in both names" in possessive.reason


@pytest.mark.parametrize("a, b", [
    ("Fraternal Order of Police Lodge 7", "Chicago FOP Lodge 7"),  # the town the lodge sits in
    ("Fraternal Order of Police Lodge 812", "Vellmora FOP Lodge 812"),
    ("Plumbers Local 130", "Chicago Journeymen Plumbers Local 130"),
    ("Firefighters Union Local 618", "Greater Vellmora Firefighters Union Local 618"),
    ("Fraternal Order of Police Lodge 33", "Arlington Heights FOP Lodge 33"),
    ("FOP Lodge 155", "Orland Park FOP Lodge 155"),  # an Illinois place's whole name
    ("Firefighters Local 50", "Peoria Firefighters Local 50"),
    ("FOP Lodge 7", "North Chicago FOP Lodge 7"),  # a direction that is the town's name's own
    ("FOP LODGE 12", "ZORVATH FOP LODGE 12"),  # a name in one case: a word of five letters (helper-84)
    ("Fraternal Order of Police Lodge 7", "FOP Lodge 7 Chicago"),  # the town after the lodge
    ("FOP Lodge 7", "Fraternal Order of Police Chicago Lodge 7"),  # inside it
    ("FOP Lodge 155", "Fraternal Order of Police, Lodge No. 155, Orland Park"),
    ("Fraternal Order of Police Lodge 503", "FOP Vellmora Lodge No. 503"),  # a town no list names, inside
    ("FOP Lodge 27", "Quad Cities FOP Lodge 27"),  # an Illinois region's name (helper-83's pairs)
    ("FOP Lodge 191", "Southern Illinois FOP Lodge 191"),
    ("Carpenters Local 9", "Metro East Carpenters Local 9"),
    ("Fraternal Order of Police Lodge 840", "Fraternal Order of Police, Illinois Lodge 840"),  # the state's
])
def test_a_lodge_or_local_with_its_place_written_before_it_is_that_lodge(a, b):
    """The Illinois FOP numbers its lodges once and a union its locals: the number and the
    union's words say which, and a town written with them on one side only is where the
    lodge sits. These scored 0 to 3.6 (generated Panels' FOP lodges; helper-66's reviewed
    Plumbers Local 130; helper-69's and -83's FOP Lodge 7 Chicago, Lodge No. 155, Orland Park)."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Elgin FOP Lodge 31", "Aurora FOP Lodge 31"),  # two towns: not one lodge said two ways
    ("FOP Lodge 7", "FOP Lodge 71"),  # another number
    ("FOP Lodge 7", "FOP Lodge 7 Auxiliary"),  # words after the lodge: a body of its own
    ("Fraternal Order of Police Lodge 7", "Chicago Police Sergeants FOP Lodge 7"),  # words of kind added
    ("FOP Lodge 86", "Indiana FOP Lodge 86"),  # another state's lodge: the FOP numbers by state
    ("FOP Lodge 7", "Retirees FOP Lodge 7"),  # everyday words: a body beside the lodge
    ("Masonic Lodge 12", "Prince Hall Masonic Lodge 12"),  # another order's lodge (no police lodge)
    ("FOP Lodge 3", "Kokomo FOP Lodge 3"),  # another state's town, no Illinois place's (helper-83)
    ("FOP Lodge 3", "Fort Wayne FOP Lodge 3"),  # two Illinois places' words, no Illinois town
    ("FOP Lodge 7", "PBPA FOP Lodge 7"),  # initials: another body's
    ("Local No. 2", "IATSE Local 2"),  # no union's words shared besides Local
    ("FOP Lodge 9", "New Albany FOP Lodge 9"),  # New, East are a town's name's words: no Illinois town
    ("FOP Lodge 99", "Kansas City FOP Lodge 99"),  # another state's name
    ("FOP LODGE 7", "FOPA FOP LODGE 7"),  # in capitals: initials of four letters
    ("FOP Lodge 7", "FOP Lodge 7 Vellmora"),  # a town no list names after the lodge: not read as its seat
    ("FOP Lodge 7", "Chicago FOP Lodge 7 Zorvath"),  # the seat's words not together (helper-87)
    ("FOP Lodge 44", "Miami Valley FOP Lodge 44"),  # another state's region
    ("Quad Cities FOP Lodge 27", "Metro East FOP Lodge 27"),  # two regions
])
def test_a_lodge_with_another_place_number_or_body_stays_another(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("International Association of Fire Fighters, Local 37", "Vellmora Firefighters Local 37"),
    ("International Association of Firefighters Local 37", "Vellmora Fire Fighters Local 37"),
    ("International Brotherhood of Teamsters Local 700", "Illinois Teamsters Local 700"),
])
def test_a_locals_title_on_one_side_and_its_seat_on_the_other_are_one_local(a, b):
    """helper-107's review (Springfield Firefighters Local 37 / International Association of
    Fire Fighters, Local 37: 0.1): each side adds words, the union's title one and the town the
    local sits in the other; each alone was read so."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("International Brotherhood of Electrical Workers Local 1114", "United Electrical Workers Local 1114"),
    ("International Association of Fire Fighters, Local 37", "Vellmora Firefighters Retirees Local 37"),
    ("International Association of Fire Fighters, Local 37", "Kokomo Firefighters Local 37"),  # another state's
    ("International Brotherhood of Teamsters Local 700", "Vellmora Carpenters Local 700"),
])
def test_a_locals_title_against_another_unions_title_or_body_is_no_seat(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Teamsters Local 743", "International Brotherhood of Teamsters Local 743"),
    ("Carpenters Local 58", "Chicago Regional Council of Carpenters Local 58"),  # the seat and the title
    ("Laborers Local 225", "Laborers' International Union of North America Local 225"),  # the title after
    ("Plumbers Local 501", "United Association of Plumbers Local 501"),
    ("Teamsters Local 743", "International Brotherhood of Teamsters Local Union 743"),  # Local Union (helper-87)
    ("Carpenters Local 13", "United Brotherhood of Carpenters Local Union 13"),
])
def test_a_local_with_its_unions_title_written_out_is_that_local(a, b):
    """A union's local is named with its union's title or without it: the number and the
    union's own word (Teamsters, Carpenters) say which local. These scored 1.6 to 13.6
    (helper-66's reviewed Teamsters Local 700 and Carpenters Local 13): "Brotherhood" is
    no word the shipped prior holds, so it counted as a rare word left out."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Teamsters Local 743", "International Brotherhood of Teamsters Local 734"),  # another number
    ("Teamsters Local 25", "Teamsters Joint Council 25"),  # the council, not a local
    ("Police Local 7", "Police Brotherhood Local 7"),  # no union's own word: Police says a kind (helper-87)
    ("Local 150", "International Union of Operating Engineers Local 150"),  # Local alone shared
    ("Teamsters Local 700", "International Brotherhood of Electrical Workers Local 700"),  # another union
])
def test_a_locals_title_makes_no_other_local_one(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


_LOCALS_BY_INITIALS = [
    ("IBEW Local 134", "International Brotherhood of Electrical Workers Local 9"),  # helper-89
    ("AFSCME Council 31", "American Federation of State, County and Municipal Employees Council 62"),
    ("SEIU Local 73", "Service Employees International Union Local 1"),
    ("IAFF Local 2", "International Association of Fire Fighters Local 2049"),
    ("PBPA Unit 12", "Policemen's Benevolent and Protective Association Unit 3"),
    ("IUOE Local 150", "International Union of Operating Engineers Local 399"),
]


@pytest.mark.parametrize("a, b", _LOCALS_BY_INITIALS)
def test_a_locals_initials_with_another_number_are_another_local(a, b):
    """Another number is another local, whether the union's title is written out or in
    initials. Written in initials on one side these scored 18.5 to 29.7 — a false association
    prompt — while the same two locals written alike scored 3.0: the initials (10.8 bits) and
    "Local" (4.1) were weighed apart and added to more than the two names' words shared alike
    (11.5), so the numbers' -5.3 did not carry it."""
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", _LOCALS_BY_INITIALS)
def test_initials_and_the_words_beside_them_say_no_more_than_those_words_written_alike(a, b):
    """An acronym is a name cut short, never surer than the name in full: with the words two
    names share beside it, it weighs no more than all those words shared alike would
    (coi.names.org._jointly), with the shipped prior and with a docket's corpus."""
    from coi.names.org_corpus import OrgCorpus

    initials, number = a.rsplit(" ", 1)[0], a.rsplit(" ", 1)[1]
    spelled = b.rsplit(" ", 1)[0]
    corpus = OrgCorpus.from_names([b, f"{spelled} {int(number) + 5}", "Elgin Police Department", "Rockford Fire Department"])
    for c in (None, corpus):
        acronym = compare_names(f"{initials} {number}", b, ORG, corpus=c)
        alike = compare_names(f"{spelled} {number}", b, ORG, corpus=c)
        said = sum(f.weight for f in acronym.features if f.comparison == "acronym"
                   or (f.comparison, f.level) == ("words", "shared"))
        assert any(f.comparison == "acronym" for f in acronym.features)
        assert said <= sum(f.weight for f in alike.features if (f.comparison, f.level) == ("words", "shared")) + 0.01


@pytest.mark.parametrize("a, b", [
    ("Illinois Department of Corrections", "Illinois Department of Corrections Stateville Correctional Center"),
    ("Illinois Department of Corrections", "Illinois Department of Corrections - Vellmora Work Camp"),
    ("Chicago Police Department", "Chicago Police Department Training Academy"),
    ("Elgin Police Department", "Elgin Police Department Headquarters"),
    ("Tamarham County Sheriff's Office", "Tamarham County Sheriff's Office Adult Detention Facility"),
    ("Illinois State Police", "Illinois State Police Forensic Science Center"),
])
def test_an_agencys_place_of_work_written_after_its_name_is_that_agency(a, b):
    """An agency employs the staff of its prisons, offices and academies: a place of its work
    named after the agency's whole name (ending Center, Office, Facility, Camp, Academy,
    Headquarters…) is the agency — a member employed by the Department of Corrections has an
    employment tie to a party written as one of its correctional centers. These scored 0.0 to
    3.0: the place's words counted as words of a name of its own."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Tamarham County Sheriff's Office", "Tamarham County Sheriff's Office Merit Board"),  # a board over it
    ("Chicago Police Department", "Chicago Police Department Employees Credit Union"),  # another body
    ("Illinois State Police", "Illinois State Police Heritage Foundation"),
    ("Police Department", "Police Department Elgin Office"),  # no agency said which
    ("Illinois Department of Corrections Stateville Correctional Center",
     "Illinois Department of Corrections Logan Correctional Center"),  # two places, each its own words
    ("Elgin Police Department", "Elgin Police Department Office Supply Company"),  # not last
    ("Joliet Police Department", "Joliet Police Department Pension Fund Office"),  # its pension fund's office
    # everyday words before the noun that name another body's office (helper-92: 99.3, 45.8)
    ("Elgin Police Department", "Elgin Police Department Retirees Office"),
    ("Elgin Police Department", "Elgin Police Department Regional Dispatch Center"),
    ("Elgin Police Department", "Elgin Police Department Museum Center"),
    ("Illinois State Police", "Illinois State Police Merit Office"),
    ("Tamarham County Sheriff's Office", "Tamarham County Sheriff's Office Velmor Health Center"),
    ("Illinois Department of Corrections", "Illinois Department of Corrections Federal Detention Center"),
    ("Tamarham County Sheriff's Office", "Tamarham County Sheriff's Office Juvenile Detention Center"),  # helper-93
    ("Illinois Department of Corrections", "Illinois Department of Corrections Illinois Youth Center"),
])
def test_words_after_an_agencys_name_that_name_no_place_of_its_work_stay_its_own(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Illinois State Police", "Illinois State Police Division of Internal Investigation Office"),
    ("Illinois Department of Corrections", "Illinois Department of Corrections Dixon Correctional Center"),
    ("Elgin Police Department", "Elgin Police Department Public Safety Headquarters"),  # helper-93
    ("Elgin Police Department", "Elgin Police Department Education and Training Academy"),
    ("Northern Illinois University Police Department",
     "Northern Illinois University Police Department Training Academy"),
])
def test_a_unit_or_a_place_named_for_a_town_or_a_person_is_an_agencys_place_of_work(a, b):
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("party, disclosed", [
    ("VCC Police", "Vellmora Correctional Center"),  # a community college's police, not a prison
    ("KCJ Police", "Kesterbrook County Jail"),
    ("BOP Police", "Bureau of Prisons"),
])
def test_initials_before_police_spelling_a_body_of_another_field_are_not_that_body(party, disclosed):
    """"HCC Police" was read as "Hill Correctional Center Police", a corrections agency, so
    the written Police was one generic word and the names met at 65.1 (helper-92): initials
    hiding a kind may say more of the field written (NIU Police: a university's police), not
    another field."""
    assert max(_both_ways(party, disclosed)) < THRESHOLD


@pytest.mark.parametrize("party, disclosed", [
    ("TCSO Police", "Tamarham County Sheriff's Office"),  # a sheriff's office holds its police and its jail
    ("TCSO Jail", "Tamarham County Sheriff's Office"),
    ("TCSO Court Services", "Tamarham County Sheriff's Office"),
    ("NIU Police", "Northern Illinois University Police Department"),
])
def test_initials_before_police_or_jail_spelling_the_agency_that_holds_them_are_that_agency(party, disclosed):
    assert score(party, disclosed, ORG) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("AFSCME Local 1866 Stateville", "American Federation of State, County and Municipal Employees Local 2073 Stateville"),
    ("IBEW Local 134 Chicago", "International Brotherhood of Electrical Workers Local 9 Chicago"),
    ("MAP Chapter 294", "Metropolitan Alliance of Police Chapter 249"),
])
def test_a_locals_initials_beside_a_word_both_share_with_another_number_are_another_local(a, b):
    """A rare word both names share (the local's seat) and the initials were two counts of one
    name's evidence; the numbers say two locals (helper-90: 85.5 and 98.3 before)."""
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("party, disclosed, corpora", [
    ("DCFS Peoria Field Office", "Department of Children and Family Services Peoria", 2),
    ("CCSO Markham", "Cook County Sheriff's Office Markham Courthouse", 2),
    ("IDOC", "State of Illinois Department of Corrections", 1),  # (statewide, State is a common word: 0.9)
    ("NOBLE Illinois Chapter", "National Organization of Black Law Enforcement Executives Illinois Chapter", 2),
    ("DCFS Aurora", "Department of Children and Family Services Aurora Field Office", 2),
])
def test_initials_beside_a_word_both_share_still_meet_the_name_in_full_where_no_number_differs(party, disclosed,
                                                                                              corpora):
    """Weighing every acronym jointly with the words beside it (commit bb6b39f) left it nothing
    beside a rare word both names share, and cut it to its rarest word's bits with none: these
    fell from 60-96 to 0.1-19 (helper-90). The joint weighing is kept to names whose numbers
    differ, where two counts of one name's evidence carried a pair over the numbers."""
    for corpus in (None, statewide_corpus())[:corpora]:
        assert compare_names(party, disclosed, ORG, corpus=corpus).score >= THRESHOLD


@pytest.mark.parametrize("party, disclosed", [
    ("ILTCA", "Illinois Tamarham Chiefs Association"),  # IL, the home state's postal code
    ("ILACP", "Illinois Association of Chiefs of Police"),
    ("NETU", "Northeastern Tamarham University"),  # a compass compound's two points
    ("SWTC Police", "Southwestern Tamarham College Police"),
    ("FPDTC", "Forest Preserve District of Tamarham County"),  # the last C its County
    ("FPDTC Police", "Forest Preserve District of Tamarham County Police"),  # not a town's police
    ("ILTDOC", "Illinois Tamarham Department of Corrections"),  # filler counted
    ("NW Suburban Dispatch", "Northwest Suburban Dispatch"),  # a compass point's two letters
    ("NW Central Dispatch", "Northwest Central Dispatch"),
])
def test_initials_spelling_the_state_a_compass_compound_or_a_county_meet_the_name(party, disclosed):
    """An acronym spelled every word by its first letter and ended on a content word:
    ILACP, NEIU, SWIC, FPDCC met their names at 0.0; FPDTC Police, spelling County, was read
    as a name writing none against a county's police. Blocking offers them too."""
    for corpus in (None, _generated_corpus()):
        assert compare_names(party, disclosed, ORG, corpus=corpus).score >= THRESHOLD
    assert NameIndex([Candidate(disclosed, ORG, 1)]).block(party, ORG) == {0}


@pytest.mark.parametrize("party, disclosed", [
    ("TPD", "Tamarham County Police Department"),  # a town's police: County left out of its initials
    ("TCPD", "Tamarham County Police Department"),  # as often Tamarham City's police (helper-96)
    ("TC", "Tamarham County"),  # two letters ending on County: a place's name alone
    ("LCTC", "Literacy Council of Tamarham County"),  # four letters ending on County: a college's, a council's
    ("ILTC", "Illinois Tamarham Commission"),  # IL and two words: as often four words' initials
    ("NEA", "Northeast Ambulance"),  # a compass point and one word
    ("NTU", "Northern Tamarham University Police Department Annex"),
])
def test_initials_leaving_out_a_county_or_too_short_for_it_stay_apart(party, disclosed):
    assert compare_names(party, disclosed, ORG).score < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Tamarham County Jail", "Tamarham County Department of Corrections"),  # one county's jail, two names
    ("Vellmora Police Training Academy", "Vellmora Police Department"),  # a place of its work, Department left out
    ("Vellmora Police Headquarters", "Vellmora Police Department"),
])
def test_a_countys_jail_or_an_agencys_place_of_work_written_another_way_is_the_agency(a, b):
    """Jail put for Department of Corrections, and a training academy's or headquarters'
    name leaving out the agency's Department, met at 0.0–0.3."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Tamarham County Jail", "Vellmora County Department of Corrections"),
    ("Tamarham County Jail", "Tamarham County Juvenile Detention Center"),  # the chief judge's, not the jail
    ("Vellmora Police Pension Fund", "Vellmora Police Department"),
    ("Vellmora Police Retirees Office", "Vellmora Police Department"),
])
def test_another_countys_jail_or_another_body_beside_an_agency_stays_apart(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


def test_an_acronym_weighed_outside_a_pair_keeps_its_levels_weight():
    from coi.names.org import Comparison, weigh

    (feature,) = weigh([Comparison("acronym", "three initials", "cpd", "chicago police department")])
    assert feature.weight > 4


@pytest.mark.parametrize("party, disclosed", [
    ("MAP Chapter 294", "Metropolitan Alliance of Police Chapter 294"),
    ("Lake County MEG", "Lake County Metropolitan Enforcement Group"),
    ("Vermilion County MEG", "Vermilion County Metropolitan Enforcement Group"),
])
def test_initials_may_begin_with_a_place_kind(party, disclosed):
    """Metropolitan is read as a place kind (a name's words leave it out, as County), but an
    acronym may begin with it: MAP, MEG (Metropolitan Enforcement Group), as the MWRD. These
    scored 0.0 to 0.1: no run of the name began with M."""
    for a, b in ((party, disclosed), (disclosed, party)):
        assert compare_names(a, b, ORG, corpus=statewide_corpus()).score >= THRESHOLD


@pytest.mark.parametrize("party, disclosed", [
    ("NIU Police", "Northern Illinois University Police Department"),
    ("EIU Police", "Eastern Illinois University Police Department"),
    ("SIU Edwardsville Police", "Southern Illinois University Edwardsville Police Department"),
])
def test_a_universitys_initials_before_police_say_its_police(party, disclosed):
    """NIU Police reads as a town's police as written — University is hidden in the initials —
    so the kinds differed (police / university police) and the pair scored 0.0 to 0.2. A kind
    the initials written out say otherwise is compared as they say."""
    for a, b in ((party, disclosed), (disclosed, party)):
        assert compare_names(a, b, ORG, corpus=statewide_corpus()).score >= THRESHOLD


@pytest.mark.parametrize("party, disclosed, restating", [
    ("IDOC Stateville", "Illinois Department of Corrections Stateville Correctional Center", "correctional"),
    ("VDOC Tamarham", "Vellmora Department of Corrections Tamarham Correctional Center", "correctional"),
    ("CCSO Tamarham", "Cook County Sheriff's Office Tamarham Sheriff", "sheriff"),
])
def test_a_name_saying_its_kind_only_in_initials_is_read_as_that_kind(party, disclosed, restating):
    """IDOC says a corrections agency in initials: where the other name spells them out, a
    word restating that kind on one side (Correctional) is generic there, as it is between
    the names written in full. It counted as a word of the name's own (the name said no kind)
    — which an acronym's bits, weighed apart, used to outweigh."""
    for a, b in ((party, disclosed), (disclosed, party)):
        features = compare_names(a, b, ORG, corpus=statewide_corpus()).features
        assert ("words", "missing generic") in {(f.comparison, f.level) for f in features
                                                  if restating in f"{f.left} {f.right}".split()}
        assert compare_names(a, b, ORG, corpus=statewide_corpus()).score >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Illinois State Police", "Illinois State Police - District 15"),  # helper-69's pairs
    ("Chicago Fire Department", "Chicago Fire Department - Engine 42"),
    ("Vellmora Police Department", "Vellmora Police Department, Area 4"),
    ("Vellmora Fire Department", "Vellmora Fire Department Station 7"),
])
def test_an_agencys_unit_written_after_its_name_is_that_agency(a, b):
    """An agency employs the officers of its districts, troops, stations and engine companies:
    the unit word and its number after the agency's whole name say which unit, not another
    agency. These scored 0.2 to 4.2: the unit word counted as a rare word, its number as the
    agency's."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Chicago Fire Department Engine 42", "Chicago Fire Department Engine 24"),  # another unit
    ("Illinois State Police", "Indiana State Police District 15"),  # another agency
    ("Vellmora Police Department", "Vellmora Police Department Pistol Club 4"),  # a body beside it
])
def test_an_agencys_unit_makes_no_other_body_one(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Roberts Plumbing", "Robert Plumbing"),  # a surname with its s against a given name
    ("Williams' Tax Service", "William Tax Service"),  # a possessive of a name ending in s
    ("Wells Drilling Co", "Well Drilling Co"),  # against an everyday word
    ("Fields Chevrolet", "Field Chevrolet"),
    ("Evans Bakery", "Evan Bakery"),
    ("WILLIAMS' TAX SERVICE", "WILLIAM TAX SERVICE"),  # in capitals (helper-84)
])
def test_a_surname_with_its_s_and_the_word_without_it_are_two_names(a, b):
    """helper-82's blind pairs judged 35 such pairs two businesses; each scored about 100, the
    parse holding Roberts as Robert's plural."""
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Roberts Plumbing", "Robert's Plumbing"),  # a possessive's s may be the name's
    ("Robert's Plumbing", "Robert Plumbing"),
    ("Jenkins Plumbing", "Jenkin Plumbing"),  # a surname with its s left off (helper-82: one)
    ("Walgreens Pharmacy", "Walgreen Pharmacy"),  # no surname many bear
    ("William Williams Plumbing", "William Williams Plumbing"),  # a name writing both forms: itself
    ("Law Offices of Richard Richards", "Richard Richards Law Offices"),  # (helper-84: both went to 0)
])
def test_a_possessive_or_a_surname_missing_its_s_stays_one_name(a, b):
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Kevin Thomas Plumbing", "Thomas Kevin Plumbing"),  # a name written surname first
    ("SCOTT PAUL CONSTRUCTION", "Paul Scott Construction"),  # (county records: capitals, no comma)
    ("LEE DAVID ACUPUNCTURE", "David Lee Acupuncture"),
    ("Thomas, James CPA", "James Thomas CPA"),
])
def test_a_persons_name_written_surname_first_stays_one_name(a, b):
    """A rule reading two given names and surnames swapped as another person's (Paul Scott /
    Scott Paul) was withdrawn: helper-85 found it split 26 county-record listings written
    surname first in capitals with no comma."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("IL FOP", "Illinois Fraternal Order of Police"),
    ("Wexbury FOP", "Fraternal Order of Police Wexbury Lodge 12"),
    ("Illinois State Lodge FOP", "Fraternal Order of Police Illinois State Lodge"),
    ("Tamarham County SA", "Tamarham County State's Attorney's Office"),
    ("Illinois AG", "Office of the Illinois Attorney General"),
])
def test_initials_another_country_writes_as_a_legal_form_are_the_bodys_own(a, b):
    """FOP, SA and AG end names here as the Fraternal Order of Police, a State's Attorney and
    an Attorney General; cleanco, stripping every country's legal forms from every name, read
    them as a Ukrainian sole trader, a société anonyme and an Aktiengesellschaft and dropped
    them: "Wexbury FOP" was compared as "Wexbury" (0.0 against its lodge)."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Tamarham County SA", "Tamarham County"),  # the county's State's Attorney, not the county
    ("Wexbury FOP", "Wexbury Police Department"),  # its officers' union, not the department (was 79.2)
    ("Illinois AG", "Illinois"),
    ("Sunrise Day Spa", "Sunrise Day"),  # Spa: a trade word, not an Italian S.p.A.
    ("Elgin SD", "Elgin"),
    ("AFL CIO", "AFL"),
])
def test_initials_or_a_word_another_country_writes_as_a_legal_form_are_not_dropped(a, b):
    """Each scored 99.8 (79.5 for Illinois AG, 79.2 for the union against its department): the
    last word stripped as a legal form, the two names were one."""
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("text, base", [
    ("Acme Towing, Inc.", "Acme Towing"), ("Hog Island Oyster Co", "Hog Island Oyster"),
    ("Acme Towing GmbH", "Acme Towing"), ("Acme Towing Pty Ltd", "Acme Towing"), ("Acme Towing SARL", "Acme Towing"),
    ("Acme Towing S.A. de C.V.", "Acme Towing"), ("Kowalski & Co.", "Kowalski"),
    ("Illinois FOP", "Illinois FOP"), ("Kane County SA", "Kane County SA"), ("Sunrise Spa", "Sunrise Spa"),
    ("Teeth SF", "Teeth SF"), ("Lincoln Park Scoop", "Lincoln Park Scoop"), ("Joliet ENT", "Joliet ENT"),
    # another country's short form where it is one (helper-93), not after a state's or a county's word
    ("Siemens AG", "Siemens"), ("Philips N.V.", "Philips"), ("Beretta S.p.A.", "Beretta"), ("Beretta SpA", "Beretta"),
    ("Milestone Systems A/S", "Milestone Systems"), ("Illinois AG", "Illinois AG"), ("Lake County SA", "Lake County SA"),
    ("Chicago Police District SE", "Chicago Police District SE"), ("Serenity Day SPA", "Serenity Day SPA"),
    ("Kestrel Towing Unlimited", "Kestrel Towing Unlimited"),  # a name's word here, a British form there
])
def test_legal_forms_are_stripped_but_not_initials_or_words_they_share_a_spelling_with(text, base):
    from coi.names.org import basename

    assert basename(text) == base


@pytest.mark.parametrize("a, b", [
    ("City of Vellmora", "Vellmora County"),  # the city's government, not the county's
    ("Village of Tamarham", "Tamarham County"),
    ("Vellmora Police Department", "Vellmora County Police Department"),
    ("Vellmora County Police Department", "Police Department of the City of Vellmora"),  # no order bonus (helper-93)
    ("Vellmora Police Department Jail", "Vellmora County Jail"),  # the town police's lockup, not the sheriff's jail  # the town's police, not the county's
    ("Vellmora County Police", "Vellmora Police Department"),
    ("St. Vellmora Metropolitan Police Department", "St. Vellmora County Police Department"),
    ("Tamarham County FOP", "City of Tamarham FOP"),  # County against City written: of any body (helper-94)
    ("Tamarham County Employees Credit Union", "City of Tamarham Employees Credit Union"),
])
def test_a_countys_body_and_a_towns_of_one_places_name_are_two_bodies(a, b):
    """County was dropped as the kind of place an agency belongs to, as City and Village
    are, so a county's government or police met the town's of its name at 99.3–100 (City of
    Peoria / Peoria County, St. Louis Metropolitan / St. Louis County Police Department:
    helper-92): a false employment prompt for every member a county or a city employs."""
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Vellmora Sheriff", "Vellmora County Sheriff's Office"),  # a county office: County goes without saying
    ("Vellmora State's Attorney", "Vellmora County State's Attorney's Office"),
    ("Vellmora Public Defender", "Vellmora County Public Defender's Office"),
    ("County of Vellmora", "Vellmora County"),
    ("City of Vellmora", "Vellmora"),
    ("Village of Tamarham Police Department", "Tamarham Police Department"),
    # a county's office written without County (helper-94: 99.8 -> 2.1 in a first version)
    ("Vellmora County Coroner", "Vellmora Coroner"),
    ("Vellmora County Probation Department", "Vellmora Probation Department"),
    ("Vellmora County Forest Preserve District", "Vellmora Forest Preserve District"),
    # a township's police or fire protection district is the town's, or its own district, written loosely
    ("Vellmora Police Department", "Vellmora Township Police Department"),
    ("Vellmora Township Fire Protection District", "Vellmora Fire Protection District"),
])
def test_a_county_office_or_one_kind_of_place_written_two_ways_stays_one_body(a, b):
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Vellmora Inc.", "City of Vellmora"),  # a company is never the town or county of its name
    ("Vellmora LLC", "Village of Vellmora"),
    ("Vellmora Company", "Vellmora County"),
    ("City of Vellmora", "Vellmora Co."),
    ("Tamarham Ltd.", "Tamarham Township"),
    ("Vellmora Inc.", "Village of Vellmora Police Department"),
    ("McHenry Co.", "City of McHenry"),  # an Illinois county's Co. is the county's: not the city's either
    ("Kane Co", "Town of Kane"),
    ("Tamarham County Government", "City of Tamarham"),
])
def test_a_company_and_a_government_of_its_name_are_two_bodies(a, b):
    """The legal form and the place kind were both dropped, so McHenry Inc. met the City of
    McHenry, and McHenry Co. (read as a company) met it, at 99.8."""
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Tamarham County Government", "Tamarham County"),  # a place's government is the place's body
    ("City of Vellmora Government", "City of Vellmora"),
    ("McHenry Co.", "McHenry County"),
    ("Kane Co", "Kane County"),
    ("Sheriff of Kane Co.", "Kane County Sheriff's Office"),
    ("Vellmora Inc.", "Vellmora"),
    ("Vellmora Towing Inc.", "Vellmora Towing"),
    ("Noodle Village Inc.", "Noodle Village"),  # a business's own Village, not a village's government
    ("River City Roasters Inc.", "River City Roasters"),
])
def test_a_companys_form_or_a_countys_co_leaves_one_body_one(a, b):
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Vellmora, a municipal corporation", "Village of Vellmora"),
    ("Vellmora Municipal Corporation", "City of Vellmora"),
])
def test_a_municipal_corporation_is_no_company(a, b):
    """Its Corporation is a legal form, but Municipal says the town's own (0.3 in the first
    version of the company rule; with a docket that seldom writes Municipal the word stays
    telling, as before)."""
    assert min(compare_names(x, y, ORG).score for x, y in ((a, b), (b, a))) >= THRESHOLD


@pytest.mark.parametrize("text, read", [
    ("McHenry Co.", "McHenry County"), ("Kane Co", "Kane County"), ("St. Clair Co.", "St. Clair County"),
    ("Sheriff of Kane Co.", "Sheriff of Kane County"), ("DeKalb, Co.", "DeKalb County"),
    ("Acme Co.", "Acme Co."), ("Bob Johnson Co.", "Bob Johnson Co."), ("Kane Co. Sheriff", "Kane Co. Sheriff"),
])
def test_co_after_an_illinois_countys_whole_name_is_county(text, read):
    from coi.names.org import _county_co

    assert _county_co(text) == read


@pytest.mark.parametrize("a, b", [
    ("Tamarham County Police", "Tamarham County Sheriff's Police"),
    ("Tamarham County Police Department", "Tamarham County Sheriff's Police Department"),
    ("Tamarham County Police", "Tamarham Sheriff"),  # a sheriff is a county's: County goes without saying
])
def test_a_countys_police_is_its_sheriffs(a, b):
    """An Illinois county polices through its sheriff, its conservator of the peace (55 ILCS
    5/3-6021): "Cook County Police" on a docket is the sheriff's police, which it met at 0.2
    as another kind of agency."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Tamarham County Police", "Vellmora County Sheriff's Office"),  # another county's
    ("Tamarham County Police", "Tamarham County Forest Preserve Police"),  # the county's other police
    ("Tamarham Police Department", "Tamarham County Sheriff's Office"),  # the town's police
    ("Tamarham County Police", "City of Tamarham Police Department"),
])
def test_a_countys_police_is_not_another_countys_sheriff_nor_a_towns_police(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Illinois Vellmora Rights Commission", "Illinois Department of Vellmora Rights"),
    ("Illinois Tamarham Board", "Illinois Department of Tamarham"),
    ("Illinois State Board of Tamarham", "Illinois Department of Tamarham"),
    ("Illinois Tamarham Authority", "Illinois Tamarham Office"),
])
def test_an_illinois_commission_or_board_and_the_states_department_of_its_subject_are_two_bodies(a, b):
    """The Illinois Human Rights Commission adjudicates what the Department of Human Rights
    investigates (775 ILCS 5/7-101, 5/8-101): two employers, which met at 93.6."""
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Illinois Vellmora Rights Commission", "Vellmora Rights Commission of Illinois"),
    ("Illinois Department of Tamarham", "Illinois Tamarham Department"),
])
def test_a_state_bodys_name_written_two_ways_stays_one_body(a, b):
    assert min(_both_ways(a, b)) >= THRESHOLD


def test_a_towns_commission_and_department_are_left_to_the_docket():
    """A town's utility goes by either word (Wrenfield Water Commission / Department): only
    names writing Illinois both ways are read as a state's two bodies."""
    from coi.names.org import _state_bodies

    a, b = (parse_org(n) for n in ("Wrenfield Water Commission", "Wrenfield Water Department"))
    assert _state_bodies(a, {2}, b, {2}, org_kind(a), org_kind(b)) == frozenset()
    a, b = (parse_org(n) for n in ("Illinois Water Commission", "Illinois Water Department"))
    assert _state_bodies(a, {2}, b, {2}, org_kind(a), org_kind(b)) == {"commission", "department"}


@pytest.mark.parametrize("a, b", [
    ("Board of Trustees of Tamarham State University", "Tamarham State University"),
    ("Tamarham State University Board of Trustees", "Tamarham State University"),
    ("Board of Trustees of Community College District 512", "Community College District 512"),
])
def test_a_universitys_board_of_trustees_is_the_university(a, b):
    """A public university's or college's legal name is its board of trustees' (110 ILCS
    305/1, 805/3-11): a complaint naming "Board of Trustees of the University of Illinois"
    names the employer of the university's police (0.0 before)."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Board of Trustees of Tamarham State University", "Vellmora State University"),
    ("Board of Education of the City of Vellmora", "City of Vellmora"),  # a school district, not the city
])
def test_a_board_of_trustees_of_another_body_stays_apart(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Vellmar Quistgard", "Vellmar, Quistgard, Dombrow, Becker, Levin and Tominberg"),
    ("Podraza & Link LLP", "Podraza, Link & Heffner LLP"),
    ("Tresslin LLP", "Tresslin, Soderquist, Maloney & Priess, LLP"),  # one leading partner no one else bears
])
def test_a_firm_goes_by_its_leading_partners_names(a, b):
    """A firm's full name lists partners after the ones it goes by; each added partner counted
    as a rare word of a name of its own (0.0–0.7)."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Smith & Jones LLP", "Smith & Brown LLP"),  # a partner put for another: another firm
    ("Kirkland", "Kirkland & Ellis LLP"),  # one leading name a place and many bear
    ("Golden Dragon", "Golden Dragon Chen"),  # no list of names
    ("Lake Forest", "Lake Forest Graham"),
    ("Smith", "Smith & Jones"),
    # helper-94: the short name's order, a town added to one name, a place's or a person's name leading
    ("Jones & Smith", "Smith, Jones & Brown"),
    ("Velmora & Aurora", "Velmora"),
    ("Lake Forest & Graham", "Lake Forest"),
    ("Mary, Kay & Johnson", "Mary Kay"),
    ("Michael, Brown & Cohen", "Michael Brown"),
])
def test_names_that_are_no_firms_leading_partners_stay_apart(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("AFSCME Council 31", "AFSCME Local 31"),
    ("IAM District 8", "IAM Local 8"),
    ("Teamsters Joint Council 25", "Teamsters Local 25"),
    ("Wrenfield Transit Union Council 241", "Wrenfield Transit Union Division 241"),  # a Division is a local
])
def test_a_unions_council_and_a_local_of_one_number_are_two_bodies(a, b):
    """A council (a district, a conference) is the body over a union's locals; both words
    were generic, so AFSCME Council 31 met AFSCME Local 31 at 99.9."""
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("FOP Lodge 7", "FOP Local 7"),
    ("AFSCME Council 31", "American Federation of State, County and Municipal Employees Council 31"),
])
def test_a_unions_local_written_two_ways_stays_one_body(a, b):
    """(AFSCME's title writes County between its words: no county's body against a town's.)"""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Tamarham County Jail", "Tamarham County Sheriff's Office"),
    ("Tamarham County Department of Corrections", "Tamarham County Sheriff's Office"),
    ("Tamarham County Adult Detention Facility", "Tamarham County Sheriff"),
    ("Tamarham County Department of Corrections", "Tamarham County Sheriff's Department of Corrections"),
    ("Tamarham County Jail", "Tamarham Sheriff"),  # a sheriff is a county's: County goes without saying
])
def test_a_countys_jail_is_its_sheriffs(a, b):
    """In Illinois the sheriff is the warden of the county's jail (730 ILCS 125/2): its
    officers are the sheriff's office's employees, so a member the sheriff employs has an
    employment tie to a party written as the county's jail. These scored 0.0: two kinds."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Tamarham County Juvenile Temporary Detention Center", "Tamarham County Sheriff's Office"),  # the chief judge's
    ("Tamarham County Jail", "Vellmora County Sheriff's Office"),  # another county
    ("Illinois Department of Corrections", "Tamarham County Sheriff's Office"),
    ("Tamarham County Jail", "Tamarham County Sheriff's Office Merit Board"),
    ("Tamarham County Detention Center", "Tamarham County Sheriff's Office"),  # may be the juvenile court's
])
def test_a_jail_of_another_county_or_no_countys_jail_is_not_the_sheriffs(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Vellmora County PD Office", "Vellmora County Public Defender's Office"),  # PD before Office: the defender's
    ("Vellmora Municipal Police", "Vellmora Police Department"),  # Municipal: the town's own police
    ("Vellmora Fire Department", "Vellmora Municipal Fire Department"),
])
def test_a_public_defenders_pd_office_and_a_towns_municipal_police_are_that_body(a, b):
    """"PD" read as a police department in "County PD Office" (0.0 against the public
    defender's office), and Municipal counted as a rare word of the name's own beside a
    town's police (0.3): generated tuning misses. (Beside a utility or an association it stays
    telling: test_only_a_type_noun_added_is_held_generic_not_a_qualifier_nor_a_type_noun_put_for_another.)"""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Vellmora County PD Office", "Vellmora County Police Department"),
    ("Vellmora PD", "Vellmora Public Defender's Office"),
])
def test_pd_before_office_is_no_police_department_and_pd_alone_is_no_defender(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Wrenfield Workers Local 134 Chicgo", "Wrenfield Workers Local 9 Chicago"),
    ("Wrenfield Workers Local 73 Elgn", "Wrenfield Workers Local 1 Elgin"),
])
def test_a_slip_beside_numbers_that_differ_carries_no_local_over_its_number(a, b):
    """The slip (8.6 bits) was weighed apart from the words shared beside it, which alone
    reach their cap: misspelt, two locals scored 92.5 while written alike they score 3.0."""
    assert max(_both_ways(a, b)) < THRESHOLD


def test_a_slip_beside_numbers_that_agree_still_meets():
    assert min(_both_ways("Wrenfield Workers Local 134 Chicgo", "Wrenfield Workers Local 134 Chicago")) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Vellmar Sauer AG", "Vellmar Sauer"),  # another country's legal form, not initials here (helper-93)
    ("Quorvant Systems A/S", "Quorvant Systems"),
])
def test_a_firm_written_with_another_countrys_short_legal_form_is_the_firm(a, b):
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Quillon Falafel", "Quillon Falafel Truck"),  # the place that serves the dish, said or not
    ("Varrick's Tacos", "Varrick's Taco Truck"),
    ("Tamsel's Coffee Kiosk", "Tamsel's Coffee"),
    ("Orvend's Noodle House", "Orvend's Noodles"),
    ("Brelliton's Family Restaurant & Pancake House", "Brelliton's Family Restaurant"),
    ("Quarvel's Restaurant", "Quarvel's Restaurant & Banquets"),  # a restaurant's banquet hall
])
def test_a_place_that_serves_what_the_name_says_is_the_eating_place(a, b):
    """Truck, Cart, Stand, Kiosk and House after a dish name the place that serves it
    (helper-100's review: Falafel / Falafel Truck 0.7, Coffee / Coffee Kiosk 3.0)."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Orvend White House Restaurant", "Orvend White Restaurant"),  # a house of no dish is a name's word
    ("Tamsel Blue House Cafe", "Tamsel Blue Cafe"),
    ("Brelliton Boat House", "Brelliton House Boat"),  # the order of an everyday compound
    ("Varrick", "Varrick Banquets"),  # a banquet hall of a bare name is as often another business
    ("Quillon House", "Quillon"),
])
def test_a_serving_place_word_of_no_dish_stays_a_word_of_the_name(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("University of Wrenfield", "University of Illinois Wrenfield"),  # the state's name is the university's
    ("Tamarham University", "Illinois Tamarham University"),
])
def test_a_universitys_state_is_a_word_of_its_name(a, b):
    """helper-99's review: University of Chicago / University of Illinois Chicago met at 99.3,
    Illinois left out as a generic word."""
    assert max(_both_ways(a, b)) < THRESHOLD


def test_a_university_written_with_its_state_after_it_stays_one():
    assert min(_both_ways("Tamarham University", "Tamarham University, Illinois")) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Wrenfield Township", "Village of Wrenfield Police Department"),  # two governments of one name
    ("Alderbrook Township Assessor", "City of Alderbrook Police Department"),
    ("Wrenfield Township", "Village of Wrenfield Public Works Department"),
])
def test_a_township_and_a_towns_body_of_one_name_are_two_bodies(a, b):
    """helper-99's review: Palatine Township / Village of Palatine Police Department met at 79.2."""
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("City of Wrenfield", "City of Wrenfield, a home rule municipality"),  # a pleading's caption
    ("Village of Alderbrook", "Alderbrook, an Illinois municipal corporation"),
    ("County of Tamarham", "County of Tamarham, a body politic and corporate"),
    ("Quorvant Systems Inc.", "Quorvant Systems Inc., a Delaware corporation"),
    ("Brelliton Logistics LLC", "BRELLITON LOGISTICS LLC, AN ILLINOIS LIMITED LIABILITY COMPANY"),
    ("Village of Alderbrook", "Alderbrook, a unit of local government"),
    ("Orvend's Tavern", "Orvend Holdings LLC, an Illinois limited liability company d/b/a Orvend's Tavern"),
])
def test_a_partys_legal_description_in_a_caption_is_no_part_of_its_name(a, b):
    """helper-99's review: City of Evanston, a home rule municipality / City of Evanston met at
    0.0, Home and Rule read as words of the name."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("City of Wrenfield", "City of Alderbrook, a home rule municipality"),  # another town
    ("Quorvant Holdings", "Quorvant Systems LLC, an Illinois limited liability company"),  # another company
    ("Wrenfield Township", "Village of Wrenfield, a home rule municipality"),
    # no legal description, and no tagline of another body's (the fifty-eighth session reads "a Wrenfield
    # tradition" after the park's own name as its slogan)
    ("Friends of Alderbrook Park", "Friends of Wrenfield Park, a Wrenfield tradition"),
])
def test_a_legal_description_joins_no_other_body(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Lake County Sheriff's Office", "Lake County Sheriff's Department"),  # a county's name that is a common word
    ("Lake Co. Sheriff's Dept.", "Lake County Sheriff's Office"),
    ("Lake County Jail", "Lake County Sheriff's Office"),
    ("Union County Jail", "Union County Sheriff's Office"),  # a county's name that is a word of kind
    ("Bureau County Jail", "Bureau County Sheriff"),
])
def test_a_countys_name_written_as_the_countys_is_the_county_whatever_the_word(a, b):
    """helper-99's review: Lake County's offices met at 8.9–12.8 (Lake a common word of
    organization names), Union County Jail read as a labor union."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Lake County Sheriff's Office", "Cook County Sheriff's Office"),
    ("Lake County Sheriff's Office", "Lake Forest Police Department"),  # the word, not the county
    ("Lake County Sheriff's Office", "Village of Lake Zurich"),
    ("Union County", "Teamsters Union Local 700"),
    ("Union County Sheriff's Office", "Service Employees International Union County Workers"),
])
def test_a_countys_name_stays_apart_from_other_bodies_holding_its_word(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Wrenfield Township Highway Department", "Wrenfield Township Road District"),
    ("Alderbrook Twp. Highway Dept.", "Alderbrook Township Road District"),
    ("Wrenfield Township Highway Commissioner", "Wrenfield Township Road District"),
])
def test_a_townships_road_district_is_its_highway_department(a, b):
    """helper-99's review: four such pairs met at 0.0, Road and Highway each a word of its own."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Wrenfield Township Road District", "Alderbrook Township Road District"),  # another township
    ("Wrenfield Township Road District", "Wrenfield Township Assessor"),
    ("Wrenfield Township Highway Department", "Village of Wrenfield Public Works Department"),
])
def test_a_road_district_stays_apart_from_other_bodies(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Darnell Quistorff", "Darnell Quistorff, individually"),  # a pleading's capacity after the name
    ("Marisol Ventrano", "Marisol Ventrano, individually and as administrator of the estate of Tomas Ventrano"),
    ("Marisol Ventrano", "Marisol Ventrano, as next friend of A.V., a minor"),
    ("Darnell Quistorff", "Officer Darnell Quistorff, in his individual capacity"),
    ("Darnell Quistorff", "Darnell Quistorff, in his official capacity as Chief of Police"),
    ("Darnell Quistorff", "Darnell Quistorff, Star No. 14522"),
    ("Darnell Quistorff", "Det. Darnell Quistorff, Badge #14522"),
    ("Darnell Quistorff", "Officer Darnell Quistorff #14522"),  # a star number without a comma
    ("Darnell Quistorff", "P.O. Darnell Quistorff"),  # a rank in letters a given name could be read from
    ("Darnell Quistorff", "C.O. Darnell Quistorff"),
    ("Darnell Quistorff", "Correctional Officer Darnell Quistorff"),
    ("Darnell Quistorff", "DARNELL QUISTORFF, INDIVIDUALLY"),
])
def test_a_person_party_written_with_the_capacity_a_pleading_names_is_the_person(disclosed, party):
    """A caption names a person in a capacity after a comma, which was read as "Surname,
    Given": Darnell Quistorff, individually met Darnell Quistorff at 0.0 (Individually his
    given name); P.O. before the name was read as the initial P."""
    assert compare_names(party, disclosed, Kind.PERSON).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("An Nguyen", "Nguyen, An"),  # a given name after the comma stays one (not the article "an")
    ("In Soo Park", "Park, In Soo"),
    ("Star Quistorff", "Quistorff, Star"),
])
def test_a_surname_first_with_a_given_name_a_capacity_could_begin_stays_the_person(disclosed, party):
    assert compare_names(party, disclosed, Kind.PERSON).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Tomas Quistorff", "Marisol Ventrano, as Special Administrator of the Estate of Tomas Quistorff, deceased"),
    ("Tomas Quistorff", "The Estate of Tomas Quistorff"),
    ("Marisol Ventrano", "Tomas Quistorff, by his mother and next friend Marisol Ventrano"),
    ("Marisol Ventrano", "The Estate of Tomas Quistorff, by its administrator Marisol Ventrano"),
    ("Joe Ventrano", "Jose Ventrano a/k/a Joe Ventrano"),  # each name a person goes by
    ("Joe Ventrano", "JOSE VENTRANO AKA JOE VENTRANO"),
])
def test_the_persons_a_capacity_or_an_alias_names_are_met(disclosed, party):
    """The decedent whose estate sues, the parent a minor sues by, each name a person goes by
    are parties in interest: a member tied to any of them is prompted (recall first)."""
    assert compare_names(party, disclosed, Kind.PERSON).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Darnell Quistorff", "Marisol Ventrano, as administrator of the estate of Tomas Quistorff"),  # another given name
    ("Darnell Quistorff", "Marisol Quistorff, as next friend of D.Q., a minor"),  # a minor's initials are no name
    ("Aka Mensah", "Kofi Mensah"),  # Aka a given name, not an alias's word
])
def test_a_capacity_or_an_alias_meets_no_one_else(disclosed, party):
    assert compare_names(party, disclosed, Kind.PERSON).score < THRESHOLD


# ------------------------------------------------------------------ person parties: descriptions, couples, middles

@pytest.mark.parametrize("disclosed, party", [
    ("Latrice Odunsi", "Latrice Odunsi, Plaintiff-Appellant"),  # a role in the case
    ("Latrice Odunsi", "ODUNSI, LATRICE, DEFENDANT"),
    ("Dariusz Wolanek", "Hon. Dariusz Wolanek, Judge of the Circuit Court of Will County"),  # an office
    ("Dariusz Wolanek", "Dariusz Wolanek, Sheriff of Ogle County, in his official capacity"),
    ("Dariusz Wolanek", "Dariusz Wolanek, Trustee of the Wolanek Family Trust"),
    ("Dariusz Wolanek", "Dariusz Wolanek, Attorney at Law"),
    ("Dariusz Wolanek", "Deputy Dariusz Wolanek, Ogle County Sheriff's Office"),  # the body served
    ("Dariusz Wolanek", "Dariusz Wolanek, #K40718, Menard Correctional Center"),  # a prisoner's number
    ("Latrice Odunsi", "Latrice Odunsi, on behalf of herself and all others similarly situated"),
    ("Sanjeev Karmali", "Dr. Sanjeev Karmali, M.D."),  # letters after the name: a degree, a firm's form
    ("Sanjeev Karmali", "Sanjeev Karmali, D.D.S., P.C."),
    ("Sanjeev Karmali", "Karmali, Sanjeev, Esq"),
])
def test_what_a_pleading_writes_after_a_person_partys_name_is_no_part_of_it(disclosed, party):
    """Issue 13 (helper-105's blind review of person parties): a role, an office, a body, a
    number or a degree after the name and a comma was read as "Surname, Given" (given name
    Plaintiffappellant, M; 0.0): the name is what comes before the comma."""
    assert compare_names(party, disclosed, Kind.PERSON).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Roy Quistorff", "Quistorff, Roy"),  # surname first: the given name after the comma is kept
    ("Roy Judge", "Judge, Roy"),  # a describing word before the comma is the surname
    ("Roy Quistorff", "Quistorff, Roy, Jr."),
    ("An Nguyen", "Nguyen, An"),
])
def test_a_surname_first_is_no_description(disclosed, party):
    assert compare_names(party, disclosed, Kind.PERSON).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Darnell Quistorff", "Quistorff, Roy"),
    ("Roy Quistorff", "Darnell Quistorff, Plaintiff"),
    ("Do Quistorff", "Lan Quistorff, Do"),  # Do a name written after a comma, not a doctor's letters
])
def test_a_description_cut_off_leaves_the_other_persons_name(disclosed, party):
    assert compare_names(party, disclosed, Kind.PERSON).score < THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Teodora Wolanek", "Dariusz and Teodora Wolanek"),  # the surname written once is both's
    ("Dariusz Wolanek", "Dariusz and Teodora Wolanek"),
    ("Teodora Wolanek", "Wolanek, Dariusz & Teodora"),
    ("Teodora Wolanek", "WOLANEK, DARIUSZ AND TEODORA, as Trustees"),
    ("Teodora Wolanek", "Dariusz Wolanek and Teodora Wolanek, husband and wife"),
    ("Teodora Wolanek", "Wolanek, Dariusz J. and Teodora M."),
    ("Dariusz Wolanek", "Dariusz Wolanek and Wolanek Roofing Co."),  # a person and a firm
    ("Teodora Wolanek", "Dariusz Wolanek, Trustee and Teodora Wolanek, Trustee"),  # a description after each
    ("Teodora Wolanek", "Dariusz Wolanek, Plaintiff, and Teodora Wolanek, Plaintiff"),
])
def test_each_person_a_party_of_two_names_is_met(disclosed, party):
    """Issue 13 (helper-105): "John and Mary Smith" was one name, given name John, middle "and
    Mary" (Mary Smith 0.0); each person a party joins is a form of it."""
    assert compare_names(party, disclosed, Kind.PERSON).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party, met", [
    ("Teodora Wolanek", "Dariusz Wolanek, Trustee and Teodora Wolanek, Trustee", "Teodora Wolanek"),
    ("Dariusz Wolanek", "Dariusz and Teodora Wolanek", "Dariusz Wolanek"),
    ("Teo Wolanek", "Teodora Wolanek a/k/a Teo Wolanek", "Teo Wolanek"),
    ("Dariusz Wolanek", "Halina Quistorff, as administrator of the estate of Dariusz Wolanek", "Dariusz Wolanek"),
])
def test_a_hit_says_which_person_of_a_party_it_met(disclosed, party, met):
    """Which of the persons a party names a hit met is said, as for an organization's d/b/a."""
    hit = compare_names(party, disclosed, Kind.PERSON)
    assert f"met through one of its names: {met}" in hit.reason
    assert f"met through one of its names: {met}" in explain(hit, THRESHOLD, Kind.PERSON).reasons


@pytest.mark.parametrize("disclosed, party", [
    ("Halina Quistorff", "Halina Quistorff, as administrator of the estate of Dariusz Wolanek"),  # the party itself
    ("Teodora Wolanek", "Teodora Wolanek"),
])
def test_a_hit_on_the_party_itself_says_no_other_name(disclosed, party):
    assert "met through" not in compare_names(party, disclosed, Kind.PERSON).reason


@pytest.mark.parametrize("disclosed, party", [
    ("Halina Wolanek", "Dariusz and Teodora Wolanek"),
    ("Dariusz Wolanek Jr.", "Dariusz Wolanek Sr. and Teodora Wolanek"),
    ("Teodora Quistorff", "Teodora Wolanek and Dariusz Quistorff"),  # each keeps their own surname
    ("Halina Trustee", "Dariusz Wolanek, individually and as Trustee"),  # one person, two capacities
    ("Teodora Quistorff", "Dariusz Wolanek, Trustee and Teodora Wolanek, Trustee"),
])
def test_a_party_of_two_names_meets_no_third_person(disclosed, party):
    assert compare_names(party, disclosed, Kind.PERSON).score < THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Teodora Park", "PRAK, Teodora"),  # two letters swapped, a vowel moved: a typing slip
    ("Dariusz Lim", "Dariusz Lmi"),
    ("Teodora MacDonald", "Teodora McDonald"),  # Mc is Mac's short form
    ("Dariusz McKenzie", "DARIUSZ MACKENZIE"),
])
def test_a_surname_with_two_letters_swapped_or_mac_written_mc_is_one_name(disclosed, party):
    """helper-108's review: Park / Prak and MacDonald / McDonald were read as two real surnames
    one vowel apart, two families (0.1 and 0.0)."""
    assert compare_names(party, disclosed, Kind.PERSON).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Teodora Jung", "Teodora Jang"),  # a vowel put for another: still two families
    ("Dariusz Lim", "Dariusz Lam"),
    ("Teodora Mackey", "Teodora Mickey"),
])
def test_two_real_surnames_one_vowel_apart_are_still_two_families(disclosed, party):
    assert compare_names(party, disclosed, Kind.PERSON).score < THRESHOLD


@pytest.mark.parametrize("left, right", [
    ("Khaled Quistorff", "Khalil Quistorff"),
    ("Priya Quistorff", "QUISTORFF, SUPRIYA"),
    ("Omar Quistorff", "Amer Quistorff"),
])
def test_two_given_names_two_letters_apart_each_borne_by_many_are_two_people(left, right):
    """helper-108's review (Khaled / Khalil Mansour 99.4, "two letters apart, likely a typing
    slip"): a given name over 1,300 Americans bear that does not sound like the other is a
    name of its own, as a surname is by the same bar; the list's higher bar made Khaled a slip."""
    assert compare_names(left, right, Kind.PERSON).score < THRESHOLD


@pytest.mark.parametrize("left, right", [
    ("Hanna Quistorff", "Hanah Quistorff"),  # alike in sound: the rarer spelling is a slip
    ("Katherine Quistorff", "Katheirne Quistorff"),  # no name of its own
])
def test_a_given_name_two_letters_from_another_that_sounds_alike_or_is_no_name_is_a_slip(left, right):
    assert compare_names(left, right, Kind.PERSON).score >= THRESHOLD


@pytest.mark.parametrize("left, right", [
    ("Farid Ali Qureshan", "Farid Asif Qureshan"),  # two middle names of one first letter
    ("Marta Elena Wolanek", "Marta Eugenia Wolanek"),
])
def test_two_middle_names_written_out_that_differ_are_two_people(left, right):
    """Issue 13 ("Kavita K. Reddy" / "Kavita N. Reddy", conflicting middles): middle names of
    one first letter were read as "initial agrees" (100)."""
    assert compare_names(left, right, Kind.PERSON).score < THRESHOLD


@pytest.mark.parametrize("left, right", [
    ("Juan Hernandez Soto", "Juan Fernandez Soto"),  # helper-137's: a first surname read as a middle name
    ("Rosario Villanueva Quintero", "Rosario Villareal Quintero"),
    ("Jose Luis Hernandez Ramirez", "Jose Luis Fernandez Ramirez"),  # agreed on Luis, the first, alone
    ("John Michael Paul Sturdevant", "John Michael Peter Sturdevant"),
    ("Ana Maria T. Ocampo", "Ana Maria R. Ocampo"),
])
def test_middle_names_that_differ_are_a_conflict_whichever_middle_name_differs(left, right):
    levels = {f.comparison: f.level for f in compare_names(left, right, Kind.PERSON).features}
    assert levels["middle"] == "conflict"
    assert compare_names(left, right, Kind.PERSON).score < THRESHOLD


@pytest.mark.parametrize("left, right", [
    ("Juan Carvajal Soto", "Juan Carbajal Soto"),  # helper-138's attack: b / v, one sound
    ("Rosa Ybarra Mejia", "Rosa Ibarra Mejia"),  # y / i
    ("Pedro Cordova Luna", "Pedro Cordoba Luna"),
    ("Maria Jose Ines Lopez", "Maria Jose Inez Lopez"),  # a second middle name alike to the ear
    ("Mohammed Abdul Rahman Khan", "Mohammed Abdul Rehman Khan"),  # one Arabic name romanized two ways
    ("Muhammad Ali Hussain Shah", "Muhammad Ali Hussein Shah"),
])
def test_a_middle_name_written_with_another_letter_of_one_sound_agrees(left, right):
    dob = dt.date(1975, 1, 2)
    assert compare_names(left, right, Kind.PERSON, query_dob=dob, candidate_dob=dob).score >= THRESHOLD
    assert compare_names(left, right, Kind.PERSON).score >= THRESHOLD


@pytest.mark.parametrize("left, right", [
    ("Jose Luis Hernandez Ramirez", "Jose Luis Hernandes Ramirez"),  # a slip of no surname of its own
    ("John Michael Paul Sturdevant", "John Michael P. Sturdevant"),
    ("Mary Ann Louise Ocampo", "Mary Anne Louise Ocampo"),  # (given names: Ann / Anne one name)
    ("John Michael Paul Sturdevant", "John Paul Michael Sturdevant"),  # helper-138's: the same, in another order
])
def test_each_middle_name_alike_or_a_spelling_of_the_other_agrees(left, right):
    assert compare_names(left, right, Kind.PERSON).score >= THRESHOLD


@pytest.mark.parametrize("left, right", [
    ("Marta Elena Wolanek", "Marta Elana Wolanek"),  # a slip
    ("Dariusz William Wolanek", "Dariusz Bill Wolanek"),  # a nickname
    ("Marta E. Wolanek", "Marta Elena Wolanek"),  # an initial
])
def test_one_middle_name_written_two_ways_still_agrees(left, right):
    assert compare_names(left, right, Kind.PERSON).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Lan Thi Truong", "Lan Van Truong"),  # Thi says a woman, Van a man
    ("Truong Thi Lan", "TRUONG, VAN LAN"),
    ("Lan Thi Truong", "Truong Huu Lan"),
])
def test_a_vietnamese_womans_middle_name_against_a_mans_is_two_people(disclosed, party):
    """helper-108's review: Lan Thi Nguyen / Lan Van Nguyen met at 99.9 (both middle names
    left out of the parts, as each says a man or a woman and not who)."""
    assert compare_names(party, disclosed, Kind.PERSON).score < THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Lan Thi Truong", "Truong Thi Lan"),
    ("Lan Thi Truong", "Lan Truong"),  # one side says nothing
])
def test_a_vietnamese_middle_name_that_says_the_same_or_nothing_is_no_conflict(disclosed, party):
    assert compare_names(party, disclosed, Kind.PERSON).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Harlan J. Voss", "HARLAN R VOSS"),  # two initials
    ("Imelda Rosa Quintero", "IMELDA M QUINTERO"),  # a middle name against another letter's initial
    ("Obiora C. Nwachukwu", "NWACHUKWU, OBIORA E"),  # written surname first
    ("Teodor J. Wolanek", "TEODRO R WOLANEK"),  # beside a slip in the given name
])
def test_a_middle_initial_that_differs_beside_the_same_birth_date_is_one_person(disclosed, party):
    """helper-127's review of dated pairs: a middle initial mistyped beside the same given
    name, surname and date of birth scored 0 (the rule that sets two middle initials 30 bits
    against, so that Kavita K. and Kavita N. Reddy are two people, read the date as nothing)."""
    dob = dt.date(1971, 5, 14)
    same = compare_names(party, disclosed, P, query_dob=dob, candidate_dob=dob)
    assert same.score >= THRESHOLD
    (middle,) = [f for f in same.features if f.comparison == "middle"]
    assert middle.level == "initial conflicts, same birth date" and "likely a slip" in feature_words(middle)
    # with no date, or a date a year off, the middles still say two people
    assert compare_names(party, disclosed, P).score < THRESHOLD
    assert compare_names(party, disclosed, P, query_dob=dob, candidate_dob=dt.date(1972, 5, 14)).score < THRESHOLD
    # screening's batched sum allows for it before it grades the dates
    idx = NameIndex([Candidate(disclosed, P, 1, dob)])
    hits = idx.match_dates(party, P, [dob, None], floor=THRESHOLD)
    assert [h.evidence.score for h in hits[0]] == [same.score] and hits[1] == []


@pytest.mark.parametrize("disclosed, party", [
    ("Farid Ali Qureshan", "Farid Asif Qureshan"),  # two middle names written out: twins may go by them
    ("Lan Thi Truong", "Lan Van Truong"),  # a woman's and a man's middle names
    ("Harlan J. Voss", "Delia R. Voss"),  # another given name: a twin, weighed by its own rule
])
def test_middles_that_say_two_people_keep_their_conflict_on_the_same_birth_date(disclosed, party):
    dob = dt.date(1971, 5, 14)
    ev = compare_names(party, disclosed, P, query_dob=dob, candidate_dob=dob)
    assert [f.level for f in ev.features if f.comparison == "middle"] == ["conflict"]


@pytest.mark.parametrize("disclosed, party", [
    ("Jose L. Quintero", "Jose M. Quintero"),  # a first name families give several children
    ("Mohammed Ali Qureshan", "Mohammed S. Qureshan"),
    ("Minh T. Truong", "Minh V. Truong"),  # Thi and Van as initials: a woman and a man
    ("Min J. Kim", "Min S. Kim"),  # Min-jun and Min-seo
    ("J. R. Voss", "J. T. Voss"),  # no given name written out
    ("Pat A. Voss", "Patricia B. Voss"),  # Pat for Patricia or Patrick: a twin of the other sex
    ("Jesse A. Voss", "Jessie B. Voss"),
    ("Harlan J. Voss", "Harlan R. Vossberg"),  # another surname (helper-131's review: 99.1)
])
def test_a_middle_initial_that_differs_stays_a_conflict_where_kin_share_the_name_on_one_birth_date(disclosed,
                                                                                                  party):
    """helper-130's attack on the slip read beside the same date of birth: each met at 93-100."""
    dob = dt.date(1971, 5, 14)
    ev = compare_names(party, disclosed, P, query_dob=dob, candidate_dob=dob)
    assert [f.level for f in ev.features if f.comparison == "middle"] == ["conflict"]


def test_the_first_of_january_or_a_placeholder_date_is_no_birthday_shared():
    """helper-130's attack: John A. / John B. Smith born 1980-01-01 (the date given to those
    whose birthday is unknown) or 1900-01-01 (a system's date for none) met at 98.3."""
    jan_1 = dt.date(1980, 1, 1)
    ev = compare_names("Harlan R. Voss", "Harlan J. Voss", P, query_dob=jan_1, candidate_dob=jan_1)
    assert [f.level for f in ev.features if f.comparison == "middle"] == ["conflict"]
    placeholder = dt.date(1900, 1, 1)
    ev = compare_names("Harlan R. Voss", "Harlan J. Voss", P, query_dob=placeholder, candidate_dob=placeholder)
    assert ev.score == compare_names("Harlan R. Voss", "Harlan J. Voss", P).score < THRESHOLD
    assert [f.level for f in ev.features if f.comparison == "dob"] == []  # compared as missing
    idx = NameIndex([Candidate("Mia Purdon", P, 1, placeholder)])
    assert idx.match_dates("Luke Purdon", P, [placeholder], floor=THRESHOLD) == [[]]
    # and the blocking files no one under it (helper-131's review: a docket writing it for
    # every unknown birthday put all those rows in one bucket)
    idx = NameIndex([Candidate("Mary Jones", P, 1, placeholder), Candidate("Quorvane Jones", P, 2, placeholder),
                     Candidate("Mary Smith", P, 3, dt.date(1899, 12, 30))])
    assert idx.block("Mary Smith", P, placeholder) == idx.block("Mary Smith", P) == {2}


@pytest.mark.parametrize("disclosed, party", [
    ("Quang Van Dinh", "Dinh Quang Van"),  # (control: no Vietnamese surname first; read as written)
])
def test_a_name_not_begun_by_a_vietnamese_surname_is_read_as_written(disclosed, party):
    assert compare_names(party, disclosed, Kind.PERSON).score < THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Khoa Van Truong", "Truong Van Khoa"),  # Vietnamese order, surname first
    ("Khoa Van Truong", "TRUONG, VAN KHOA"),  # surname first with a comma, given names in that order too
    ("Ngoc Thi Huynh", "Huynh Thi Ngoc"),
    ("Huynh Thi Ngoc", "Ngoc T. Huynh"),
    ("Huynh Thi Ngoc", "HUYNH, NGOC THI"),
])
def test_a_vietnamese_name_written_surname_first_is_met(disclosed, party):
    """Issue 13 ("swapped order"; helper-105): Nguyen Van Minh was read as given name Nguyen,
    surname Minh: against Minh Van Nguyen 0.0."""
    assert compare_names(party, disclosed, Kind.PERSON).score >= THRESHOLD


def test_two_vietnamese_names_written_surname_first_differ_by_their_given_names():
    """Read as written, Truong Van Khoa / Truong Van Khai had given name and middle equal and a
    surname a letter apart (100); their given names differ."""
    ev = compare_names("Truong Van Khoa", "Truong Thanh Bao", Kind.PERSON)
    assert ev.score < THRESHOLD and "surname equal" in ev.reason


@pytest.mark.parametrize("disclosed, party", [
    ("Ha-eun Seong", "SEONG, HA RIN"),  # the first syllable alone met the hyphenated name's first part
    ("Ha-eun Seong", "Ha Rin Seong"),
    ("Mi-rae Bae", "BAE, MI SOOK"),
])
def test_two_korean_given_names_sharing_a_first_syllable_are_two_names(disclosed, party):
    """Helper-105: Eun-ji Park / PARK, EUN JU at 100 — the second syllable written as a middle
    name left the first to meet Eun-ji's first part."""
    assert compare_names(party, disclosed, Kind.PERSON).score < THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Choi Seo-yun", "Choe Seo-yun"),  # surname first, romanized two ways
    ("Lee Ha-eun", "YI HA-EUN"),
    ("Seo-yun Jeong", "Chung Seo-yun"),  # given name first on one side only
    ("Park Haneul", "Ha-neul Bak"),  # one word no list knows
])
def test_a_korean_name_written_surname_first_without_a_comma_is_read_so(disclosed, party):
    """helper-108's review: Choi Min-jung / Choe Min-jung 0.0 — read as written, the surname
    was the given name and the given name the surname."""
    assert compare_names(party, disclosed, Kind.PERSON).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Kim Seo-yun", "Kim Yun-seo"),  # syllables the other way round: another name
    ("Kim Quistorff", "Lee Quistorff"),  # a Western name: Kim and Lee given names
    ("Kim Hanson", "Kim Hansen"),  # a surname after Kim, not a Korean given name
])
def test_a_name_begun_by_a_korean_surname_but_no_korean_given_name_is_read_as_written(disclosed, party):
    assert compare_names(party, disclosed, Kind.PERSON).score < THRESHOLD


def test_a_korean_given_name_written_in_two_words_still_meets_itself():
    assert compare_names("SEONG, HA EUN", "Ha-eun Seong", Kind.PERSON).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Stan Wolanek", "Stanislaw Wolanek"),  # another language's form of a name with a nickname
    ("Hank Wolanek", "Henryk Wolanek"),
    ("Jim Quistorff", "Jaime Quistorff"),
    ("Chuy Quistorff", "Jesus Quistorff"),
    ("Sasha Wolanek", "Oleksandr Wolanek"),  # Ukrainian (helper-108)
    ("Serhiy Wolanek", "Sergei Wolanek"),  # Ukrainian and Russian forms of one name
    ("Natasha Wolanek", "Nataliya Wolanek"),
    ("Takis Quistorff", "Panagiotis Quistorff"),  # Greek
    ("Chayo Quistorff", "Rosario Quistorff"),  # Spanish hypocorisms
    ("Lola Quistorff", "Dolores Quistorff"),
    ("Tunde Quistorff", "Babatunde Quistorff"),  # Yoruba
    ("Yusuf Quistorff", "Youssef Quistorff"),  # Arabic written two ways
])
def test_another_languages_form_of_a_given_name_and_its_nickname_are_met(disclosed, party):
    assert compare_names(party, disclosed, Kind.PERSON).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Femi Quistorff", "Tunde Quistorff"),  # two short forms of two names
    ("Oleksandr Wolanek", "Oleksiy Wolanek"),  # Alexander and Alexis: two names
    ("Serhiy Wolanek", "Sasha Wolanek"),
])
def test_two_names_of_the_forms_table_that_are_two_names_stay_two(disclosed, party):
    assert compare_names(party, disclosed, Kind.PERSON).score < THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Ahmed Abdullah", "Ahmed Abdallah"),  # Arabic's Abd al- written with its vowels two ways
    ("Ahmed Abdulrahman", "AHMED ABDELRAHMAN"),
    ("Khaled Mansour", "Khaled Mansur"),  # French ou for u
])
def test_a_surname_written_in_two_languages_habits_is_one_name(disclosed, party):
    """helper-108's review: Abdullah / Abdallah and Mansour / Mansur were two real surnames one
    vowel apart, two families (0.0)."""
    assert compare_names(party, disclosed, Kind.PERSON).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Dan Quistorff", "Daniela Quistorff"),  # a man's name that begins a woman's
    ("Ali Quistorff", "Alireza Quistorff"),  # a name of its own that begins another (helper-106)
    ("Wei Quistorff", "Weiping Quistorff"),
    ("Stan Wolanek", "Stella Wolanek"),
])
def test_a_name_that_begins_another_is_no_short_form_of_it(disclosed, party):
    assert compare_names(party, disclosed, Kind.PERSON).score < THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Teodora Quistorff", "Teodora Wolanek f/k/a Teodora Quistorff"),  # a former name written whole
    ("Joseph Kaminski", "Joseph Kaminski d/b/a Joe's Auto Repair"),  # a person doing business as
    ("Joseph Kaminski", "JOSEPH KAMINSKI DBA KAMINSKI PLUMBING"),
])
def test_a_former_name_written_whole_and_a_person_doing_business_are_met(disclosed, party):
    """Helper-105: "Mary Smith f/k/a Mary Jones" read Mary Jones as one former surname (0.1);
    "Joseph Esposito d/b/a Joe's Auto Repair" as one person's name (2.9)."""
    assert compare_names(party, disclosed, Kind.PERSON).score >= THRESHOLD


def test_a_person_doing_business_meets_no_one_else_of_the_surname():
    assert compare_names("Dariusz Wolanek d/b/a Wolanek's Auto Repair", "Teodora Wolanek", Kind.PERSON).score < THRESHOLD


# ------------------------------------------------------------------ organizations: another language's article, "n" for "and"

@pytest.mark.parametrize("left, right", [
    ("El Quetzal Cantina", "Quetzal Cantina"),  # Spanish, Italian, French articles, as The is
    ("La Pergolina Grocery", "Pergolina Grocery"),
    ("Il Vescovado Ristorante", "Vescovado Ristorante"),
    ("Le Tramontin Bistro", "Tramontin Bistro"),
    ("L'Orvanelle Cafe", "Orvanelle Cafe"),
    ("Los Tolvaneros Restaurant", "Tolvaneros Restaurant"),
])
def test_a_name_with_another_languages_article_meets_it_without(left, right):
    """Helper-104's blind review of dining guides: the article was a rare word on one side
    (El Tiempo Cantina / Tiempo Cantina 3.0)."""
    assert compare_names(right, left, Kind.ORGANIZATION).score >= THRESHOLD


@pytest.mark.parametrize("left, right", [
    ("La Grange Police Department", "Grange Police Department"),  # an Illinois town's name, not an article
    ("Le Roy Police Department", "Roy Police Department"),
    ("El Paso Police Department", "Paso Police Department"),
    ("El Rey", "Rey"),  # one word left: El Rey, La Casa, El Habanero are many places
    ("La Casa", "Casa"),
    ("Le Tramontin", "Tramontin"),
])
def test_an_article_that_begins_a_place_or_leaves_an_everyday_word_stays(left, right):
    assert compare_names(right, left, Kind.ORGANIZATION).score < THRESHOLD


@pytest.mark.parametrize("left, right", [
    ("Quendry n Sons", "Quendry & Sons"),
    ("Pick 'N Varnow", "Pick and Varnow"),
    ("Rock 'n' Roll Quendry", "Rock and Roll Quendry"),
])
def test_n_between_two_words_is_and(left, right):
    assert compare_names(right, left, Kind.ORGANIZATION).score >= THRESHOLD


@pytest.mark.parametrize("left, right", [
    # helper-139's review: Spanish "y" read as a word no other name holds (3.0, 5.7)
    ("Quendry Cafe y Panaderia", "Quendry Cafe & Panaderia"),
    ("Carniceria y Taqueria Varnow", "Carniceria and Taqueria Varnow"),
    ("FRUTAS Y VERDURAS QUENDRY", "Frutas & Verduras Quendry"),
])
def test_spanish_y_between_two_words_is_and(left, right):
    assert compare_names(right, left, Kind.ORGANIZATION).score >= THRESHOLD


def test_y_that_may_be_an_initial_stays_one():
    assert "y" in parse_org("Maria Y Quendry Realty").words  # a middle initial after a given name
    assert "y" in parse_org("A Y B Auto Repair").words  # between initials
    assert "y" in parse_org("The Y Fitness Center").words  # the YMCA
    assert "y" not in parse_org("Quendry Cafe y Panaderia").words
    # helper-140's review: before a word of English a Y is the name's letter (99.8 and 100)
    for name in ("Generation Y Marketing", "Elmhurst Y Swim Team", "Mr Y Auto Sales", "Quendry Y Teen Center"):
        assert "y" in parse_org(name).words, name
    assert "y" not in parse_org("Hernandez y Asociados").words  # a surname, not a given name, before it


@pytest.mark.parametrize("left, right", [
    ("TN Nails", "T N Nails"),  # initials, not "and"
])
def test_n_between_initials_stays_an_initial(left, right):
    assert compare_names(right, left, Kind.ORGANIZATION).score >= THRESHOLD
    assert compare_names("T N Nails", "T and Nails", Kind.ORGANIZATION).score < THRESHOLD


# ------------------------------------------------------------------ organizations as captions write them

@pytest.mark.parametrize("disclosed, party", [
    ("City of Vellmora", "CITY OF VELLMORA, a municipal corporation, et al."),  # et al. after the name
    ("Illinois Department of Corrections", "ILL. DEPT. OF CORRECTIONS, et al."),
    ("Ogle County Sheriff's Office", "Sheriff of Ogle County, et al."),
    ("Ogle County State's Attorney's Office", "PEOPLE OF THE STATE OF ILLINOIS ex rel. the Ogle County State's Attorney"),
    ("Ogle County Sheriff's Office", "Sheriff of Ogle County, in his official capacity"),  # an official-capacity suit
    ("Ogle County Sheriff's Office", "DARIUSZ J. WOLANEK, Sheriff of Ogle County, in his official capacity"),
    ("Illinois Department of Human Services",
     "Secretary of the Illinois Department of Human Services, in her official capacity"),  # a head's post
    ("Vellmora Police Department", "CITY OF VELLMORA and UNKNOWN OFFICERS OF THE VELLMORA POLICE DEPARTMENT"),
    ("Quarnell Township High School District 214",
     "Board of Education of Quarnell Township High School District No. 214, Ogle County, Illinois"),
    ("Community Unit School District 300", "BOARD OF EDUCATION OF COMMUNITY UNIT SCHOOL DIST. NO. 300"),
    ("Vellmora Mosquito Abatement District", "Vellmora Mosquito Abatement Dist., Wheeling, Ill."),  # its seat
    ("Illinois Department of Corrections", "Illinois Dept. of Corrections, Parole Division"),  # a unit of it
    ("Ogle County Jail", "Ogle County Sheriff's Office, Corrections Bureau"),
    ("Quarnell Township", "TOWNSHIP OF QUARNELL, Ogle County, Illinois"),
])
def test_a_government_as_a_caption_writes_it_is_met(disclosed, party):
    """Issue 13 (helper-103's blind review of captions, jails and schools; 46 → 66 of 129 pairs
    of one body): a caption's et al., relator, official capacity, head's post, Board of
    Education, county and state, seat and unit were words of the name (0.0–0.7)."""
    assert compare_names(party, disclosed, Kind.ORGANIZATION).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Acme Security", "Acme, Sheriff of Nowhere"),  # no office-holder's name before a post
    ("Ogle County Sheriff's Office", "Sheriff of Lee County, in his official capacity"),
    ("Vellmora Police Pension Fund", "Board of Trustees of the Vellmora Firefighters' Pension Fund, Ogle County"),
    ("City of Vellmora", "Vellmora Public Schools, et al."),
])
def test_a_caption_read_as_its_body_meets_no_other_body(disclosed, party):
    assert compare_names(party, disclosed, Kind.ORGANIZATION).score < THRESHOLD


@pytest.mark.parametrize("district, town", [
    ("Vellmora Public Schools", "City of Vellmora"),  # a school district is a government of its own
    ("Vellmora School District 68", "Village of Vellmora"),
    ("Vellmora Park District", "Village of Vellmora"),  # so is a special district
    ("Vellmora Public Library District", "City of Vellmora"),
])
def test_a_school_or_special_district_is_not_the_town_it_is_named_for(district, town):
    """Helper-103: Chicago Public Schools / City of Chicago met at 79.2 (City dropped, Public
    Schools generic); a town's own department still meets it (Vellmora Police Department)."""
    assert compare_names(district, town, Kind.ORGANIZATION).score < THRESHOLD
    assert compare_names(town, district, Kind.ORGANIZATION).score < THRESHOLD
    assert compare_names("Vellmora Police Department", town, Kind.ORGANIZATION).score >= THRESHOLD


# ------------------------------------------------------------------ helper-106's review of the rules above

@pytest.mark.parametrize("left, right", [
    ("Truong Van Khoa", "Pham Van Khoa"),  # Van, Thi say a man or a woman, not who
    ("Huynh Thi Ngoc", "Bui Thi Ngoc"),
    ("Khoa Van Truong", "Khoa Van Pham"),
])
def test_two_vietnamese_names_of_other_surnames_are_two_people(left, right):
    assert compare_names(left, right, Kind.PERSON).score < THRESHOLD


@pytest.mark.parametrize("left, right", [
    ("Dr. Truong Van Khoa", "Truong Van Khoa"),  # a title, a suffix, letters after the name
    ("Truong Van Khoa MD", "Khoa Truong"),
    ("Truong Van Khoa Sr", "Truong Van Khoa"),
])
def test_a_vietnamese_name_with_a_title_or_suffix_is_still_read_surname_first(left, right):
    assert compare_names(left, right, Kind.PERSON).score >= THRESHOLD


@pytest.mark.parametrize("left, right", [
    ("Farid Mohammed Qallaby", "Farid Muhammad Qallaby"),  # one middle name's spellings
    ("Orla Katherine Vantreese", "Orla Kathryn Vantreese"),
])
def test_one_middle_name_spelt_two_ways_is_no_conflict(left, right):
    assert compare_names(left, right, Kind.PERSON).score >= THRESHOLD


def test_korean_given_names_written_with_spaces_on_both_sides_are_compared_whole():
    assert compare_names("Eun Ji Gwak", "Eun Ju Gwak", Kind.PERSON).score < THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Teodora Quistorff", "Teodora Wolanek, nee Quistorff"),  # a maiden name after a comma is no clause
    ("Roy Van Dyke", "Van Dyke, R.N."),  # initials after a surname with a particle
    ("Jose Luis Quistorff", "Jose Luis and Teodora Quistorff"),  # a middle name before "and"
    ("Teodora Law", "Dariusz Law and Teodora Law"),  # a firm's word that is both's surname
])
def test_what_the_first_version_cut_or_split_wrongly_is_kept(disclosed, party):
    assert compare_names(party, disclosed, Kind.PERSON).score >= THRESHOLD


@pytest.mark.parametrize("left, right", [
    ("LA Quendry Fitness", "Quendry Fitness"),  # letters, not an article
    ("Le Nguyen Dental Clinic", "Nguyen Dental Clinic"),  # a surname
    ("Lo Quendry Restaurant", "Quendry Restaurant"),
    ("Los Angeles Times", "Angeles Times"),  # a place elsewhere
    ("Mary N Quendry Realty", "Mary and Quendry Realty"),  # a middle initial, not "and"
])
def test_an_article_or_n_the_first_version_misread(left, right):
    assert compare_names(right, left, Kind.ORGANIZATION).score < THRESHOLD


def test_a_person_doing_business_is_also_screened_as_the_business():
    assert looks_like_organization("Dariusz Wolanek d/b/a Wolanek Roofing")
    assert compare_names("Dariusz Wolanek d/b/a Wolanek Roofing", "Wolanek Roofing", Kind.ORGANIZATION).score >= THRESHOLD


def test_a_run_of_spaces_does_not_make_the_joining_words_patterns_backtrack():
    """helper-106: the a/k/a pattern took 18 s on 1,000 spaces and 134 s on 2,000 (a
    backtracking \\s*…\\s+); a pathological input, not a speed target: the bound is generous."""
    import time

    start = time.perf_counter()
    compare_names("Joe" + " " * 2000 + "Smith/", "Joe Smith", Kind.PERSON)  # (a slash: the patterns are tried)
    assert time.perf_counter() - start < 10.0


def test_a_run_of_spaces_does_not_make_the_organization_patterns_backtrack():
    """helper-106: the d/b/a pattern of organization names (and the caption patterns written on
    its model) backtracked on a run of spaces: 2,000 spaces took over two minutes; a
    pathological input, not a speed target: the bound is generous."""
    import time

    start = time.perf_counter()
    compare_names("City" + " " * 2000 + "of Vellmora, x", "City of Vellmora", Kind.ORGANIZATION)
    assert time.perf_counter() - start < 20.0


@pytest.mark.parametrize("a, b", [
    ("Quorvane Bros Auto Body", "Quorvane Brothers Auto Body"),  # a directory's abbreviations
    ("Lincoln Sq Quorvane Tap", "Lincoln Square Quorvane Tap Inc"),
    ("Quorvane Mgmt Group", "Quorvane Management Group"),
    ("A-1 Quorvane Towing", "A1 Quorvane Towing"),  # a letter and a number: one word, however joined
    ("Quorvane & Sons Hardware", "Quorvane Hardware"),  # a family firm's "& Sons"
])
def test_a_directorys_way_of_writing_a_business_meets_the_registrys(a, b):
    """helper-109's blind review of directory and registry listings: each scored 0.0–0.7."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Sons of Quorvane", "Quorvane"),  # an order's name: Sons is its word
    ("A-1 Quorvane Towing", "B-1 Quorvane Towing"),  # a letter and a number: one word (helper-110)
    ("K9 Quorvane Security", "K Quorvane Security"),  # the number is the word's (helper-111)
    ("St. Mary's Hosp", "St. Mary's Hospice"),  # Hosp is a hospital
])
def test_a_family_or_a_letters_word_that_names_the_body_stays_a_word(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Quorvane Christ Hospital", "Quorvane Christ Medical Center"),  # a hospital's other name for itself
    ("Quorvane Memorial Medical Center", "Quorvane Memorial Hospital"),
    ("Quorvane Christ Med Ctr", "Quorvane Christ Medical Center"),  # however cut
    ("Quorvane-Copley Medical Center", "Quorvane-Copley Medical Cente"),
])
def test_a_medical_center_is_the_hospital_of_its_name(a, b):
    """helper-107's review: Advocate Christ Hospital / Advocate Christ Medical Center 0.0."""
    assert min(_both_ways(a, b)) >= THRESHOLD


@pytest.mark.parametrize("a, b", [
    ("Quorvane University", "Quorvane University Medical Center"),  # a university's hospital: another body
    ("Quorvane Christ Medical Center", "Quorvane Mercy Hospital"),
])
def test_a_medical_center_of_another_name_or_a_universitys_is_another_body(a, b):
    assert max(_both_ways(a, b)) < THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Wei Liu", "Wei Lui"),  # two vowels swapped: two families, not a slip (helper-110)
    ("Anil Rao", "Anil Roa"),
    ("Li Zhou", "Li Zhu"),  # ou / u in a short name: two families
    ("Wei Yu", "Wei You"),
    ("Marie Boucher", "Marie Bucher"),  # ou / u not in a last syllable
    ("John Lee", "John Smith, Trustee and Robert Lee, Trustee"),  # no person made of two halves
    ("Mary Fargo", "Mary Smith, Trustee and Wells Fargo Bank"),
    ("Ahmed Ali", "Ahmed Lai"),  # a vowel and a consonant swapped, both spellings common (helper-111)
    ("Imran Kahn", "Imran Khan"),
    ("Tom Salter", "Tom Slater"),
    ("Alexis Petrov", "Alexei Petrov"),  # a woman's name here, no cognate of a man's
    ("Dima Haddad", "Dmitri Haddad"),
    ("Lan Thi Nguyen", "Lan Duc Nguyen"),
])
def test_the_review_of_the_sessions_person_rules_finds_no_false_tie(disclosed, party):
    """helper-110's review of the thirty-second session's rules: each met at 64–100."""
    assert compare_names(party, disclosed, Kind.PERSON).score < THRESHOLD


def test_a_vietnamese_sex_conflict_names_the_words_written():
    hit = compare_names("Lan Duc Nguyen", "Lan Thi Nguyen", Kind.PERSON)
    assert "Duc" in hit.reason and "Van" not in hit.reason


@pytest.mark.parametrize("disclosed, party", [
    ("Father & Son Pizza", "Father's Pizza"),  # a kin's word before "& Son": the name's
    ("Johnson & Daughters Funeral Home", "Johnson & Sons Funeral Home"),
    ("Oak Lawn Animal Hospital", "Oak Lawn Animal Medical Center"),  # a practice's medical center
    ("Family Hospital", "Family Medical Center"),
    ("Hospital Pharmacy", "Medical Center Pharmacy"),
    ("SD 15", "School District 15"),  # two initials of words of kind: every county's district 15
    ("SQ Capital", "Square Capital"),  # capitals in a name with small letters: initials
    ("HSD 211", "High School District 211"),  # three initials of a school's kind: every county's (helper-111)
    ("Grandfather & Son Bakery", "Grandfather Bakery"),
    ("Chicago Hospital", "Chicago Medical Center"),  # a place's medical center: no hospital's name of its own
    ("Midwest Hospital", "Midwest Medical Center"),
    ("Team", "Team USA"),  # an everyday word alone before the country
])
def test_the_review_of_the_sessions_organization_rules_finds_no_false_tie(disclosed, party):
    assert compare_names(party, disclosed, ORG).score < THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Volunteers of America of Illinois", "Volunteers of America"),  # the country and the state
    ("Boy Scouts of America", "Boy Scouts of America Illinois"),
    ("A-1 Towing", "A 1 Towing"),  # a letter and a number however written
    ("School District U-46", "School District U 46"),
    ("K9 Security", "K-9 Security"),
])
def test_the_sessions_organization_rules_keep_what_met_before(disclosed, party):
    """helper-110's review: each met at 97–100 before the session and at 0.0 on its first rules."""
    assert compare_names(party, disclosed, ORG).score >= THRESHOLD


def test_a_surname_that_is_a_word_of_a_firm_is_still_a_persons_in_a_couple():
    """helper-111's review: Church, Bank, Trust are surnames (Robert Church 99.3 → 0.0 when
    they marked a firm)."""
    assert compare_names("Linda Smith and Robert Church", "Robert Church", Kind.PERSON).score >= THRESHOLD


# ------------------------------------------------------------------ thirty-third session: helper-113's review

@pytest.mark.parametrize("disclosed, party", [
    ("Rajesh Quistorff", "QUISTORFF, RAKESH"),  # one consonant apart, each borne by thousands
    ("Rajinder Quistorff", "QUISTORFF, RAVINDER"),
    ("Ryan Quistorff", "Bryan Quistorff"),
])
def test_two_given_names_one_consonant_apart_each_borne_by_many_are_two_people(disclosed, party):
    """helper-113's review (Rajesh Kumar Sharma / SHARMA, RAKESH K. at 100, "one letter apart,
    likely a typing slip"): a consonant put in or for another, the names unalike in sound and
    each borne by about 1,300 Americans or more, is another name."""
    assert compare_names(party, disclosed, Kind.PERSON).score < THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Amy Quistorff", "Any Quistorff"),  # the other spelling 20 times rarer: a slip
    ("David Quistorff", "Davi Quistorff"),
    ("Theresa Quistorff", "Teresa Quistorff"),  # a silent h
    ("Anna Quistorff", "Ana Quistorff"),  # a doubled letter
])
def test_a_given_name_one_consonant_from_a_far_commoner_one_is_still_its_slip(disclosed, party):
    assert compare_names(party, disclosed, Kind.PERSON).score >= THRESHOLD


def test_two_given_names_a_consonant_apart_with_the_same_birth_date_are_one_person():
    """Issue 13: a given name one edit away, with the same surname and the same date of birth,
    is a match."""
    dob = dt.date(1980, 5, 17)
    hit = compare_names("Rakesh Quistorff", "Rajesh Quistorff", Kind.PERSON, query_dob=dob, candidate_dob=dob)
    assert hit.score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Natalia Quistorova", "QUISTOROV, NATALIA"),  # Russian -ov / -ova
    ("Maria Vrazopoulou", "VRAZOPOULOS, MARIA"),  # Greek -os / -ou
    ("Petra Vrbanova", "VRBAN, PETRA"),  # Czech -ova added
    ("Jana Kvetonova", "KVETONA, JANA"),  # Czech -ova for the last vowel
    ("Agnieszka Quistorska", "QUISTORSKI, AGNIESZKA"),  # Polish -ski / -ska
])
def test_a_surname_in_the_other_sexs_form_with_the_same_given_name_is_one_person(disclosed, party):
    """helper-113's review (Natalia Ivanova / IVANOV, NATALIA at 0.0, "two real surnames one
    vowel apart"): a clerk writing the man's form of a woman's surname writes her name."""
    assert compare_names(party, disclosed, Kind.PERSON).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Natalia Quistorova", "QUISTOROV, NIKOLAI"),  # her brother or father
    ("Petr Vrban", "VRBANOVA, PETRA"),  # Petr and Petra: a man and a woman of one family
])
def test_a_surname_in_the_other_sexs_form_with_another_given_name_is_another_person(disclosed, party):
    assert compare_names(party, disclosed, Kind.PERSON).score < THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Le Van Hung", "LE, HUNG V."),  # Le, a surname also borne as a given name, before Van
    ("Lê Văn Hùng", "LE, HUNG"),
    ("Do Thi Lan", "DO, LAN"),  # Do is no doctor's letters before a name
])
def test_a_vietnamese_name_whose_surname_is_also_a_given_name_is_read_surname_first(disclosed, party):
    """helper-113's review: Lê Văn Hùng / LE, HUNG V. at 0.0 — Le is a Vietnamese surname, read
    as the given name, and Van Hung as a Dutch surname."""
    assert compare_names(party, disclosed, Kind.PERSON).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Le Van Hung", "LE, DUC HUNG"),
    ("Nguyen Van Minh", "NGUYEN, DUC MINH"),
    ("Minh Duc Truong", "Minh Van Truong"),  # (the thirty-second session read these as nothing against)
])
def test_two_vietnamese_mens_middle_names_that_differ_are_two_people(disclosed, party):
    """helper-113's review: Van and Duc written out are two middle names, as Elena and Eugenia
    are; each says a man, but not the same name."""
    assert compare_names(party, disclosed, Kind.PERSON).score < THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Lin Mei-ling", "LIN, MEI L."),  # surname first, a hyphenated given name of two syllables
    ("Chen Yi-hsuan", "CHEN, YI-HSUAN"),
    ("Ho Wing-kei", "HO, WING KEI"),
])
def test_a_chinese_name_written_surname_first_is_read_so(disclosed, party):
    """helper-113's review: Lin Mei-ling / LIN, MEI L. at 0.0 (Lin read as the given name)."""
    assert compare_names(party, disclosed, Kind.PERSON).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Lin Mei-ling", "LIN, MEI-LI"),  # another second syllable: another name
    ("Chen Yi-hsuan", "CHEN, YI-HSIN"),
    ("Jianguo Li", "Jianhua Li"),  # helper-137's: written joined, another second syllable (88.5 before)
    ("Jianguo Li", "Jian-hua Li"),
    ("Li Guoqiang", "LI, GUOHUA"),
])
def test_two_chinese_given_names_a_syllable_apart_are_two_people(disclosed, party):
    assert compare_names(party, disclosed, Kind.PERSON).score < THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Xiaoming Wang", "Xiaoping Wang"),  # one letter of a joined name: read as the slip, as a Korean one
    ("Jianguo Li", "Jiangou Li"),  # two letters the wrong way round that land on another syllable
    ("Chen Yi-hsuan", "CHEN, YIXUAN"),  # Wade-Giles hs for pinyin x, written joined
    ("Lin Hsiao-mei", "LIN, XIAO-MEI"),  # (0.2 before)
])
def test_a_joined_chinese_given_name_one_slip_or_romanization_away_is_one_name(disclosed, party):
    assert compare_names(party, disclosed, Kind.PERSON).score >= THRESHOLD


def test_a_joined_chinese_given_name_splits_into_syllables_only_one_way():
    from coi.names.person import _joined_syllables

    assert _joined_syllables("jianguo") == ("jian", "guo")  # not jia nguo, nor jiang uo
    assert _joined_syllables("xiaoming") == ("xiao", "ming")
    assert _joined_syllables("xian") is None  # one syllable whole
    assert _joined_syllables("michael") is None


def test_a_hyphenated_western_given_name_after_a_chinese_surname_is_not_read_surname_first():
    from coi.names.person import parse_person_forms

    name = parse_person_forms("Wong Mary-Kate")[0]
    assert name.surname == "marykate" and name.given == "wong"


@pytest.mark.parametrize("disclosed, party", [
    ("Maria Cristina Santos Quistor", "QUISTOR, MA. CRISTINA S."),  # Ma. is Maria written short
    ("Maria de la Luz Quistor", "QUISTOR, MA. LUZ"),  # (0.0: Ma. dropped as a title)
    ("Carmen Delgado Vda. de Quistor", "DELGADO, CARMEN"),  # a widow's own surname
    ("Carmen Delgado Vda. de Quistor", "QUISTOR, CARMEN"),  # and her late husband's
])
def test_spanish_and_filipino_forms_of_one_womans_name_are_one_person(disclosed, party):
    assert compare_names(party, disclosed, Kind.PERSON).score >= THRESHOLD


def test_ma_without_its_period_stays_a_surname():
    assert compare_names("MA, WEI", "Wei Ma", Kind.PERSON).score >= THRESHOLD
    assert compare_names("Maria Wei", "Wei Ma", Kind.PERSON).score < THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Jose Luis Garcia Quistor", "GARCIA VRBANEZ, JOSE LUIS"),  # the second surnames differ
    ("Ana Maria Rodriguez de Quistor", "RODRIGUEZ DE VRBANEZ, ANA MARIA"),  # two husbands' names
])
def test_a_double_surname_whose_second_part_is_another_familys_is_another_person(disclosed, party):
    """helper-113's review (José Luis García López / GARCIA MARTINEZ, JOSE LUIS at 100)."""
    hit = compare_names(party, disclosed, Kind.PERSON)
    assert hit.score < THRESHOLD and "second surnames differ" in hit.reason


@pytest.mark.parametrize("disclosed, party", [
    ("Jose Luis Garcia Quistor", "GARCIA QUISTOR, JOSE LUIS"),
    ("Jose Luis Garcia Quistor", "GARCIA, JOSE LUIS"),  # the second surname left out
    ("Jose Luis Garcia Quistor", "GARCIA QUISTORR, JOSE LUIS"),  # a slip in it
])
def test_a_double_surname_written_whole_in_part_or_with_a_slip_is_one_person(disclosed, party):
    assert compare_names(party, disclosed, Kind.PERSON).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Mohammed Ali Quistor", "QUISTOR, MAHMOUD A."),  # two names of one root
    ("Hassan Quistor", "QUISTOR, HUSSEIN"),
    ("Jamal Quistor", "QUISTOR, JAMIL"),
])
def test_two_arabic_names_of_one_root_are_two_people(disclosed, party):
    """helper-113's review: Mahmoud / Mohammed Hassan met at 99.9 as "another spelling"."""
    assert compare_names(party, disclosed, Kind.PERSON).score < THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Mohammed Quistor", "QUISTOR, MOHAMAD"),  # one name's spellings
    ("Hussein Quistor", "QUISTOR, HUSSAIN"),
    ("Khalid Quistor", "QUISTOR, KHALED"),
])
def test_one_arabic_names_spellings_are_one_name(disclosed, party):
    assert compare_names(party, disclosed, Kind.PERSON).score >= THRESHOLD


# ------------------------------------------------------------------ thirty-third session: helpers 112 and 114

@pytest.mark.parametrize("disclosed, party", [
    ("Quorvane Barbecue", "Quorvane BBQ"),  # one word as signs write it
    ("Quorvane Bar-B-Que", "Quorvane Barbeque"),
    ("Quorvane Bar BQ", "Quorvane BBQ"),
])
def test_barbecue_however_written_is_one_word(disclosed, party):
    """helper-114's review: Franklin BBQ / Franklin Barbecue met at 0.0 (two words, each on one
    side only)."""
    hit = compare_names(party, disclosed, ORG)
    assert hit.score >= THRESHOLD and "Bbq" not in hit.reason


@pytest.mark.parametrize("disclosed, party", [
    ("Smoky Quorvane Barbecue", "Smoky Quorvane Bar"),  # Bar is a word of its own trade
    ("Quorvane Burgers & BBQ", "Quorvane Burger Bar"),
])
def test_a_trades_own_word_is_no_other_trades_word_cut_short(disclosed, party):
    """The restaurant listings: Burger Bar / 4505 Burgers & BBQ met at 72 once BBQ was read as
    barbecue, Bar as Barbecue cut short (Smoky Bar / Smoky Barbecue met at 99.9 before)."""
    assert compare_names(party, disclosed, ORG).score < THRESHOLD


@pytest.mark.parametrize("disclosed, party, number", [
    ("One Sixty Seven Quorvane", "167 Quorvane", "167"),  # hundreds said short
    ("Circa Eighteen Eighty-Six", "Circa 1886", "1886"),  # a year's two halves
    ("One Hundred Sixty-Seven Quorvane", "167 Quorvane", "167"),
    ("Las Cuatro Quorvanas", "Las 4 Quorvanas", "4"),  # Spanish
    ("Cinco de Mayo Quorvane", "5 de Mayo Quorvane", "5"),
])
def test_a_number_written_in_words_of_more_than_two_digits_or_in_spanish_is_its_digits(disclosed, party, number):
    hit = compare_names(party, disclosed, ORG)
    assert hit.score >= THRESHOLD and f"same number ({number})" in hit.reason


def test_two_numbers_in_words_one_after_another_of_one_digit_stay_two_numbers():
    from coi.names.org import _spelled_numbers

    assert [n for _, n in _spelled_numbers(("five", "five"))] == ["5", "5"]
    assert [n for _, n in _spelled_numbers(("twenty", "first", "century"))] == ["21"]


@pytest.mark.parametrize("disclosed, party", [
    ("Elks Lodge 1033", "B.P.O.E. Lodge No. 1033"),  # the order's letters
    ("Benevolent and Protective Order of Elks Lodge 1033", "Elks Lodge 1033"),
    ("Loyal Order of Moose Lodge 1016", "Moose Lodge #1016"),
    ("Knights of Columbus Council 3547", "K of C Council #3547"),
    ("Fraternal Order of Eagles Aerie 2311", "Eagles Aerie 2311"),
    ("Veterans of Foreign Wars Post 5220", "VFW 5220"),  # and a post is its number
    ("American Legion Post 208", "American Legion 208"),
    ("AMVETS Post 66 Chicago Heights", "American Veterans Post No. 66 Chicago Hts"),
    ("Polish Legion of American Veterans Post 88", "PLAV Post 88"),  # helper-128's review: 21.3
    ("Jewish War Veterans Post 29", "J.W.V. Post No. 29"),  # 0.5
    ("Catholic War Veterans Post 1612", "CWV Post 1612"),
    ("Italian American War Veterans Post 2", "ITAMVETS Post 2"),
    ("Whispering Quorvane Homeowners Association", "Whispering Quorvane HOA"),
])
def test_a_fraternal_or_veterans_order_written_by_its_short_name_or_letters_is_one_body(disclosed, party):
    """helper-112's review: each met at 0.0 to 6.2 — a fellow member of an association the
    member actively serves in is the statute's tie."""
    assert compare_names(party, disclosed, ORG).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Knights of Columbus Council 3547", "K of C Council #3574"),  # another council
    ("American Legion Post 208", "American Legion Post 280"),
    ("VFW Post 5220", "VFW Post 5221"),
    ("Jewish War Veterans Post 29", "JWV Post 92"),
    ("Polish Legion of American Veterans Post 88", "American Legion Post 88"),  # two orders, one number
])
def test_two_numbered_units_of_one_order_stay_two_bodies(disclosed, party):
    assert compare_names(party, disclosed, ORG).score < THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("St. Quorvane Parish", "Saint Quorvane Church"),  # a parish is its church's congregation
    ("St Mary of the Lake Church", "St. Mary of the Lake Parish"),
    ("Holy Family Parish", "Holy Family Church"),
])
def test_a_saints_parish_and_its_church_are_one_body(disclosed, party):
    assert compare_names(party, disclosed, ORG).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("St. Mary Church Elgin", "St. Mary Parish Joliet"),  # two towns' parishes
    ("St. Mary Church", "St. Michael Parish"),
    ("Holy Family Parish", "Holy Family School"),
])
def test_two_parishes_or_a_parish_and_its_school_stay_two_bodies(disclosed, party):
    assert compare_names(party, disclosed, ORG).score < THRESHOLD


def test_a_louisiana_parishs_office_keeps_its_word():
    from coi.names.org import parse_org

    assert "parish" in parse_org("St. Tammany Parish Sheriff's Office").words


@pytest.mark.parametrize("disclosed, party", [
    ("Quorvane Park Area Chamber of Commerce", "Quorvane Park Chamber"),
    ("Quorvane Region Chamber of Commerce & Industry", "Quorvane Chamber"),
    ("Greater Quorvane Chamber of Commerce", "Quorvane Chamber of Commerce"),
    ("Rotary Club of Quorvane", "Quorvane Rotary"),  # a service club's word is the club
    ("Lions Club of Quorvane Ridge", "Quorvane Ridge Lions"),
    ("Optimist Club of Mount Quorvane", "Mt. Quorvane Optimists"),
])
def test_a_towns_chamber_or_service_club_as_its_members_write_it_is_one_body(disclosed, party):
    assert compare_names(party, disclosed, ORG).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Rotary Club of Quorvane", "Rotary Club of Vellmora"),  # two towns' clubs
    ("Quorvane Chamber of Commerce", "Quorvane Junior Chamber of Commerce"),  # the Jaycees
    ("Quorvane Chamber of Commerce", "Vellmora Chamber of Commerce"),
])
def test_two_towns_chambers_or_clubs_stay_two_bodies(disclosed, party):
    assert compare_names(party, disclosed, ORG).score < THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("St. Quorvane Parish, Pontiac", "ST. QUORVANE CHURCH, PLANO"),  # two towns' parishes
    ("Congregation Beth Quorvane, Northbrook", "Congregation Beth Quorvane, Naperville"),
])
def test_one_name_written_with_two_towns_after_a_comma_is_two_bodies(disclosed, party):
    """helper-116's review: each met at 99.8 — a caption's town after a comma was left out of
    both names at once."""
    assert compare_names(party, disclosed, ORG).score < THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("St. Quorvane Parish, Pontiac", "ST. QUORVANE CHURCH, PONTIAC"),
    ("St. Quorvane Church", "St. Quorvane Parish, Pontiac"),  # the town on one side only
])
def test_one_name_with_its_town_on_one_side_or_both_is_one_body(disclosed, party):
    assert compare_names(party, disclosed, ORG).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Nguyen Van Minh", "NGUYEN, VAN MANH"),  # two Vietnamese given names a letter apart
    ("Le Van Thanh", "LE, THANG VAN"),
])
def test_two_one_syllable_given_names_a_letter_apart_are_two_people(disclosed, party):
    """helper-113's and helper-116's reviews (Nguyen Van Minh / NGUYEN, VAN MANH 98.9): one
    syllable each, another letter is another name."""
    assert compare_names(party, disclosed, Kind.PERSON).score < THRESHOLD


def test_a_vietnamese_given_name_with_a_letter_no_syllable_ends_in_is_a_slip():
    """The generated persons tuning set: Nhien / Nhieb Van Duong met at 97.2 and at 0.0 on the
    first version of the rule above."""
    assert compare_names("Nhieb Van Duong", "Nhien Van Duong", Kind.PERSON).score >= THRESHOLD


def test_two_one_syllable_given_names_a_letter_apart_with_the_same_birth_date_are_one_person():
    dob = dt.date(1975, 3, 9)
    assert compare_names("NGUYEN, VAN MANH", "Nguyen Van Minh", Kind.PERSON, query_dob=dob,
                         candidate_dob=dob).score >= THRESHOLD


# ------------------------------------------------------------------ helper-115's review of the session's rules

@pytest.mark.parametrize("disclosed, party", [
    ("Fabiola Quistorff", "QUISTORFF, FAVIOLA"),  # b / v, as Spanish writes one name
    ("Dionicio Quistorff", "QUISTORFF, DIONISIO"),  # c / s
    ("Alejandra Quistorff", "QUISTORFF, ALEXANDRA"),  # j / x
    ("Aleksandra Quistorff", "QUISTORFF, ALEXSANDRA"),  # k / x
    ("Belen Quistorff", "QUISTORFF, BELEM"),  # a last m for n
    ("Jamal Quistor", "QUISTOR, JAMEL"),  # a spelling of Jamal, not of Jamil
    ("Nguyen Van Quoc Hung", "NGUYEN, QUOC HUNG"),  # Van left out: the other middle name agrees
    ("Chan Kwok-wai", "CHAN, KWOK-WEI"),  # one syllable romanized two ways
    ("Wong Chih-ming", "WONG, CHI-MING"),
    ("Lin Mei-ling", "LIN, MEI-LIN"),
    ("Jose Garcia Quistor", "GARCIA Q., JOSE"),  # the second surname cut to its initial
    ("Jose Hernandez Quistor", "HDEZ QUISTOR, JOSE"),  # or written short
    ("Maria Garcia de Quistor", "GARCIA VRBANEZ, MARIA"),  # a woman's married name against her own
])
def test_the_review_of_the_sessions_person_rules_keeps_what_met_before(disclosed, party):
    """helper-115's review: each met at 83–100 before the session and below 25 on its rules."""
    assert compare_names(party, disclosed, Kind.PERSON).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Mai Van Horn", "MAI VANHORN"),  # a Dutch surname after a given name Mai, not a Vietnamese name
])
def test_a_dutch_surname_after_a_vietnamese_looking_word_is_read_as_written(disclosed, party):
    assert compare_names(party, disclosed, Kind.PERSON).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Vera Pope", "POPOVA, VERA"),  # Russian -ova ends other short names
    ("Anna Mark", "MARKOVA, ANNA"),
    ("Anna Marek", "MARKOVA, ANNA"),
])
def test_a_short_surname_and_a_russian_womans_form_of_another_are_two_families(disclosed, party):
    """helper-115's review: the Czech branch read Pope / Popova (97.9), Marek / Markova (99.3) as
    one surname's two forms."""
    assert compare_names(party, disclosed, Kind.PERSON).score < THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Quorvane Eleven", "Quorvane 11"),
    ("Seven Eleven", "7-Eleven"),  # a compound's parts are numbers of their own too
    ("Four Twenty Quorvane", "4 20 Quorvane"),
    ("Fraternal Order of Eagles Aerie 2311", "F.O.E. Aerie 2311"),  # the order's letters
    ("Loyal Order of Moose Lodge 1016", "L.O.O.M. Lodge 1016"),
    ("Quorvane Taverna", "Quorvane Tavern"),  # one trade's words, one cut short of the other
])
def test_the_review_of_the_sessions_organization_rules_keeps_what_met_before(disclosed, party):
    assert compare_names(party, disclosed, ORG).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Golden Lion Club", "Golden Lion"),  # Lion and Exchange are no service clubs' words alone
    ("Exchange Club of Quorvane", "Quorvane Exchange"),
    ("St. Bernard Parish Sheriff's Office", "St. Bernard Church"),  # a Louisiana parish's office
    ("St. Mary Parish Council", "St. Mary Church Council"),
])
def test_the_review_of_the_sessions_organization_rules_finds_no_new_false_tie(disclosed, party):
    assert compare_names(party, disclosed, ORG).score < THRESHOLD


# ------------------------------------------------------------------ the thirty-fourth session's reviews
# helper-117 (person names of Irish, Scottish, English and American usage), helper-118 (Illinois
# law enforcement agencies, task forces, offices around the courts), helper-119 (employers and
# institutions): each pair below scored on the wrong side of the threshold before the session.

@pytest.mark.parametrize("disclosed, party", [
    ("Quorvane County Sheriff", "Quorvane Co. Sheriff's Office, Bloomington IL"),  # a town and the state after it
    ("Tri-Quor Dispatch Center", "TRI-QUOR Dispatch Center, Geneva IL 60134"),  # and its ZIP code
    ("Quorvane Dental Associates", "Quorvane Dental Associates, S.C."),  # a service corporation
    ("Quorvane Bank & Trust", "Quorvane Bank & Trust Company, N.A."),  # a national bank's forms
    ("Quorvane Bank", "Quorvane Bank, National Association"),
    ("Quorvane & Vellmora", "Quorvane & Vellmora, Chtd."),  # a chartered firm
    ("Quorvane Univ. Med. Ctr.", "Quorvane University Medical Center"),  # Med. after a word cut short
    ("Big Sisters of Metro Chicago", "Big Sisters of Metropolitan Chicago"),  # Metro before a place
    ("U of I Springfield", "University of Illinois Springfield"),  # the home state's university
    ("U. of C. Medicine", "University of Chicago Medicine"),
    ("U of Quorvane", "University of Quorvane"),
    ("QuorCom 9-1-1", "QUORCOM 911"),  # the emergency number, not three numbers
    ("QuorCom 911", "QuorCom E-911"),
    ("DuPage Forest Preserve Police", "Forest Preserve District of DuPage County Police Department"),
    ("Quorvane Memorial Hospital Security", "Quorvane Memorial Hospital"),  # an institution's own unit
    ("Quorvane University Police", "Quorvane University"),
    ("Chicago Dept. of Quorvane Security", "Chicago Department of Quorvane"),
    ("Quorvane Hospital Naperville", "Quorvane Hospital"),  # a hospital's town written last
    ("Quorvane Medical Center Springfield", "Quorvane Memorial Health d/b/a Quorvane Medical Center"),
    ("Quorvane Police Officer", "Quorvane Police Department"),  # an officer's post for the Department
    ("Quorvane County Sheriff's Deputy", "Quorvane County Sheriff's Office"),
    ("Quorvane County SAO Investigator", "Quorvane County State's Attorney's Office"),
])
def test_the_agency_and_employer_reviews_find_one_body(disclosed, party):
    assert compare_names(party, disclosed, ORG).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("YMCA of Metropolitan Quorvane", "YWCA Metropolitan Quorvane"),  # initials one letter apart
    ("QBEW Local 134", "QBEX Local 134"),
    ("Quorvane County Circuit Court Clerk", "Quorvane County Clerk"),  # two elected offices
    ("Quorvane County Circuit Clerk", "Quorvane County Clerk"),
    ("Lake County Sheriff's Office", "Lake County Sheriff's Office (Crown Point, Indiana)"),  # another state
    ("University of Chicago Police Department", "University of Illinois Chicago Police Department"),
])
def test_the_agency_and_employer_reviews_find_two_bodies(disclosed, party):
    assert compare_names(party, disclosed, ORG).score < THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("QBEW Local 134", "QBWE Local 134"),  # two letters of initials swapped: a typist's slip
    ("Quorvane Route 9 Tap", "Quorvane Route 9 Tap"),
    ("Joe's Quorvane Pizza", "Joe's Quorvane Pizza, Aurora"),  # one town, written once
])
def test_the_agency_and_employer_rules_keep_what_met_before(disclosed, party):
    assert compare_names(party, disclosed, ORG).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Quorvane Hospital Belleville", "Quorvane Medical Center, Springfield"),  # two towns, two hospitals
    ("Metro Council of Police", "Council of Police"),  # Metro before no place is a word of the name
    ("Acme Security", "Acme"),  # a business's trade added is no institution's unit
    ("Quorvane Police Officer", "Quorvane Police Officers Association"),  # the officers' association
    ("Quorvane Police Officer", "Vellmora Police Department"),
])
def test_the_agency_and_employer_rules_keep_two_bodies_apart(disclosed, party):
    assert compare_names(party, disclosed, ORG).score < THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Robert 'Bobby' Quistorff", "QUISTORFF, ROBERT E"),  # a nickname in single quotes
    ("Robert \u2018Bobby\u2019 Quistorff", "QUISTORFF, ROBERT E"),
    ("JD Quistorff", "QUISTORFF, JOHN DAVID"),  # two initials written together
    ("AJ Quistorff", "QUISTORFF, ANTHONY JAMES"),
    ("Justin Saint Quistor", "ST QUISTOR, JUSTIN M"),  # Saint written out before a surname
    ("Rebekah Quistorff", "QUISTORFF, REBECCA"),  # -ah and -a: one ending
])
def test_the_english_and_irish_names_review_finds_one_person(disclosed, party):
    assert compare_names(party, disclosed, Kind.PERSON).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Arthur Quistorff 2nd", "QUISTORFF, ARTHUR III"),  # 2nd against III: two generations
    ("Eugene Quistorff Sr.", "QUISTORFF, EUGENE 2ND"),
    ("Emily Quistorff-Jones", "QUISTORFF-WILLIAMS, EMILY"),  # double surnames sharing one part
    ("Lucy Kendrick-Quistorff", "QUISTORFF-KENDALL, LUCY"),
    ("Abigail Quistorff-Drake", "QUISTORFF-BLAKE, ABIGAIL"),
    ("Earl Quistorff", "QUISTORFF, CARL"),  # two names a first letter apart
])
def test_the_english_and_irish_names_review_finds_two_people(disclosed, party):
    assert compare_names(party, disclosed, Kind.PERSON).score < THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Amy Quistorff", "QUISTORFF, EMY"),  # a far rarer spelling is the common name's slip
    ("Shaun O'Quistor", "OQUISTOR, SHAUN"),  # an apostrophe in a surname is no quote
    ("Eric Quistorff", "QUISTORFF, ERIK"),
    ("Arthur Quistorff 2nd", "QUISTORFF, ARTHUR II"),  # a generation as an ordinal, on both sides
    ("Emily Quistorff-Jones", "QUISTORFF JONES, EMILY"),  # a double surname with and without its hyphen
])
def test_the_english_and_irish_names_rules_keep_what_met_before(disclosed, party):
    assert compare_names(party, disclosed, Kind.PERSON).score >= THRESHOLD


def test_the_english_and_irish_names_rules_keep_two_names_apart():
    assert compare_names("QUISTORFF, PETRA", "Peter Quistorff", Kind.PERSON).score < THRESHOLD  # -er against -a


# helper-120's blind attack on the session's first version of these rules (commit 696cb26):
# each pair below was on the wrong side of the threshold there.

@pytest.mark.parametrize("disclosed, party", [
    ("Quorvane Dental, P.A.", "Quorvane Dental PA"),  # a practice's form written bare
    ("Quorvane Law Offices, Chtd.", "Quorvane Law Offices Chartered"),
    ("QCSO Corrections Division", "QCSD Corrections Division"),  # a sheriff's Office and Department
    ("Metro Water Reclamation District of Greater Quorvane", "Metropolitan Water Reclamation District of Greater Quorvane"),
])
def test_the_attack_on_the_agency_and_employer_rules_keeps_one_body(disclosed, party):
    assert compare_names(party, disclosed, ORG).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("First Baptist Church, Carbondale IL", "First Baptist Church, Marion IL"),  # two towns, each with the state
    ("Quorvane Trucking, Columbia, S.C.", "Quorvane Trucking, Columbia, IL"),  # S.C. after a town: the state
    ("Metro Joliet Cab Co.", "Joliet Cab Co."),  # Metro a cab firm's word
    ("Quorvane Security Agency", "Quorvane Agency"),  # a firm's Agency is no government's
])
def test_the_attack_on_the_agency_and_employer_rules_keeps_two_bodies(disclosed, party):
    assert compare_names(party, disclosed, ORG).score < THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Justin Saint Quistor", "SAINTQUISTOR, JUSTIN"),  # Saint closed up
    ("Amanda St. Quistor", "SAINTQUISTOR, AMANDA"),
])
def test_the_attack_on_the_english_and_irish_names_rules_keeps_one_person(disclosed, party):
    assert compare_names(party, disclosed, Kind.PERSON).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Dinah Quistorff", "QUISTORFF, DIANA"),  # -ah read as -a only for one name's spelling
    ("Deborah Quistorff", "QUISTORFF, DEBRA"),
])
def test_the_attack_on_the_english_and_irish_names_rules_keeps_two_people(disclosed, party):
    assert compare_names(party, disclosed, Kind.PERSON).score < THRESHOLD


# helper-121's code review of the session's first version (commit 696cb26): each pair below was on
# the wrong side of the threshold there.

@pytest.mark.parametrize("disclosed, party", [
    ("Heartland Quorvane Bank", "Heartland Quorvane Bank (Washington, IL)"),  # an Illinois town a state's name
    ("Quorvane Drugs", "Quorvane Drugs (Michigan Ave)"),  # a street a state's name
    ("Quorvane University", "Quorvane University Department of Public Safety"),
    ("Chicago State Quorvane University", "Chicago State Quorvane University Police"),  # a state university's police
])
def test_the_review_of_the_agency_and_employer_rules_keeps_one_body(disclosed, party):
    assert compare_names(party, disclosed, ORG).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("St. Quorvane Church, Pontiac IL", "St. Quorvane Church, Plano IL"),  # two towns, each with the state
    ("St. Quorvane Church, Pontiac IL 61764", "St. Quorvane Church, Plano IL 60545"),
    ("Peoria Police Department Traffic Division", "Peoria County Police Department Traffic Division"),
    ("Metro Golf Center", "Golf Center"),  # Metro a business's word before an everyday place word
    ("Lake County Sheriff's Office", "Lake County Sheriff's Office (Crown Point, IN)"),  # a postal code
    ("Quorvane Steel, PA", "Quorvane Steel"),  # Pennsylvania after a comma
    ("Standard Chartered", "Standard"),  # Chartered a bank's word
])
def test_the_review_of_the_agency_and_employer_rules_keeps_two_bodies(disclosed, party):
    assert compare_names(party, disclosed, ORG).score < THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("John Saint Jr.", "SAINT, JOHN JR"),  # the surname Saint before a generation
    ("John Saint III", "SAINT, JOHN III"),
    ("Eileen Quistorff", "QUISTORFF, AILEEN"),  # a first vowel for another: one name's spellings
    ("Lena Quistorff", "QUISTORFF, ELENA"),  # a first vowel added
    ("Jeremiah Quistorff", "QUISTORFF, JEREMY"),  # -iah and -y
])
def test_the_review_of_the_english_and_irish_names_rules_keeps_one_person(disclosed, party):
    assert compare_names(party, disclosed, Kind.PERSON).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Wm Quistorff", "QUISTORFF, WILLIAM J"),  # Wm read as W. M. conflicted with J (0.0)
    ("Chas Quistorff", "QUISTORFF, CHARLES"),
    ("Md Quistor", "QUISTOR, MOHAMMED"),
])
def test_a_given_name_written_short_is_the_name_not_two_initials(disclosed, party):
    """helper-121's review: the first version read Wm as W. M. (SMITH, WILLIAM M met at 90.6 on a
    middle M nobody wrote, SMITH, WILLIAM J at 0.0); before the session Wm, Chas, Md met no name."""
    assert compare_names(party, disclosed, Kind.PERSON).score >= THRESHOLD


# ------------------------------------------------------------------ the thirty-fifth session's reviews
# helper-122 (churches, veterans' posts, service clubs, condominium and neighbourhood
# associations, youth leagues, charities) and helper-123 (person names as records write them):
# the pairs scored on the wrong side of the threshold before the session, but for the guards
# (the tests that say "keeps") and American Legion Post 312, Quorvane, already apart before
# (helper-125's review).

@pytest.mark.parametrize("disclosed, party", [
    ("Quorvane Terrace Condominium Association", "Quorvane Terrace Condo Assn."),  # Condo is Condominium
    ("Quorvane Condominium Association No. 2", "Quorvane Condo Assoc #2"),
    ("The 88 W. Quorvane Road Condominium Association", "88 West Quorvane Rd. Condo Association"),
])
def test_a_condominium_written_short_is_one_body(disclosed, party):
    assert compare_names(party, disclosed, ORG).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("American Legion Post 312, Quorvane", "American Legion Department of Illinois"),  # a post / its state department
    ("Quorvane War Veterans Post 29", "Quorvane War Veterans Department of Illinois"),
    ("VFW Post 4812", "VFW Department of Illinois"),
    ("Knights of Columbus Council 9911", "Knights of Columbus Illinois State Council"),  # a council / the state's
])
def test_a_numbered_unit_is_not_the_body_over_it(disclosed, party):
    """A member of a post or a council is no officer of the state body over its posts: the
    state's words (Department, State) were read as generic, and the two met at 43–61."""
    assert compare_names(party, disclosed, ORG).score < THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("VFW Post 4812", "VFW Auxiliary to Post 4812"),  # the post's auxiliary, of its families
    ("AMVETS Post 77", "AMVETS Auxiliary Post 77"),
    ("Quorvane American Legion Post 134 Auxiliary", "Quorvane American Legion Post 134"),
])
def test_an_auxiliary_is_not_the_body_it_serves(disclosed, party):
    """An auxiliary is an organization of its own that shares its post's number: the number's
    agreement carried the pair over the threshold (26.3)."""
    assert compare_names(party, disclosed, ORG).score < THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    # helper-125's review of the first rules: an auxiliary written short or in initials, a
    # store's number against a department store
    ("American Legion Auxiliary Unit 44", "ALA 44"),
    ("American Legion Auxiliary Unit 44", "American Legion Aux 44"),
    ("Quorvane Store #1234", "Quorvane Department Store"),
    ("Quorvane Church 2", "Quorvane National Church"),
    ("Quorvane American Legion Auxiliary Unit 44", "Quorvane American Legion Auxiliary Unit No. 44"),  # one auxiliary
    ("American Legion Post 312, Quorvane", "Quorvane American Legion Post No. 312"),  # one post, both numbered
    ("Knights of Columbus Council 9911", "Knights of Columbus Council #9911"),
    ("American Legion Department of Illinois", "The American Legion, Department of Illinois"),  # one state body
    ("Quorvane Police Department", "Quorvane Police District 7"),  # an agency's department is its name
])
def test_the_parent_body_rule_keeps_one_body(disclosed, party):
    assert compare_names(party, disclosed, ORG).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Farid Tariq Siddiqui", "Farid T. Siddiqi"),  # the nisba's ending -qi written -qui
    ("Ayesha Farooqui", "FAROOQI, AYESHA"),
])
def test_the_nisba_ending_qui_and_qi_is_one_spelling(disclosed, party):
    assert compare_names(party, disclosed, Kind.PERSON).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("John Smith", "John Smyth"),  # two real surnames a vowel apart stay two families
    ("Daniel Bucher", "Daniel Boucher"),
    # helper-124's attack on the first version, which folded every qui and que: a qu said kw
    ("Amy Quinn", "Amy Qin"),
    ("Daniel Quinn", "Daniel Kin"),
    ("Carlos Duque", "Carlos Duke"),
    ("Thomas Quist", "Thomas Kist"),
])
def test_the_nisba_rule_keeps_other_spellings_apart(disclosed, party):
    assert compare_names(party, disclosed, Kind.PERSON).score < THRESHOLD


# The fiftieth session (helper-149's review left it open): the spelling key folds c and k, drops
# an h after a consonant, writes ph as f, so it joined two real surnames two letters or more
# apart (Tom Cook / Tom Koch 99.6, John Chen / John Keen 92.8, Gregory Stephens / Gregory
# Steffens 99.3, a reviewed pair of two people) at the strength of one name romanized two ways,
# where any other two real surnames two letters apart (Klein / Kline) are two families. Each is
# that level now, however far apart or short the two (helper-151's review of the first version,
# which left three letters apart and short names to the sound: Schiller / Siler 83.8 above
# Schiller / Siller 0.4).
@pytest.mark.parametrize("disclosed, party", [
    ("Tom Cook", "Tom Koch"),
    ("John Chen", "John Keen"),
    ("Gregory Stephens", "Gregory Steffens"),
    ("Elvira Wheeler", "Elvira Weller"),
    ("Min Zhang", "Min Jang"),
    ("Bruno Schiller", "Bruno Siler"),  # three letters apart
    ("Wei Lin", "Wei Lynn"),  # short
    ("Tom Cook", "Tom Kok"),
    ("Mary Mitchell", "Mary Michel"),  # a doubled letter besides
])
def test_two_real_surnames_the_spelling_key_joins_are_two_families(disclosed, party):
    result = compare_names(party, disclosed, Kind.PERSON)
    surname = next(f for f in result.features if f.comparison == "surname")
    assert surname.level == "two edits, both real" and surname.weight < 0
    assert result.score < THRESHOLD


def test_two_real_surnames_the_key_joins_come_back_with_the_date_of_birth():
    born = dt.date(1981, 4, 12)
    assert compare_names("Brenna Keen", "Brenna Chen", Kind.PERSON,
                         query_dob=born, candidate_dob=born).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Mary Phillips", "Mary Philips"),  # a letter doubled, one letter apart: the key still joins them
    ("Ali Mansour", "Ali Mansur"),  # a habit of a language (French ou for u)
    ("Ivan Tkachenko", "Ivan Tkachencko"),  # a slip no one bears
    ("Olga Kowalczyk", "Olga Kowalczik"),  # y for i in a spelling no one bears
    ("Pavel Schwartz", "Pavel Shwartz"),  # sch for sh, one letter
    # the folds of one name's spellings, two letters apart (helper-151's review of the first
    # version, which read these as two families)
    ("Anna Hoffman", "Anna Hofmann"),  # a letter doubled in each
    ("Dale Trammell", "Dale Tramel"),
    ("Ian McDougal", "Ian MacDougall"),  # Mac and Mc, and a doubled letter
    ("Omar Abdullah", "Omar Abdalla"),  # Abd-'s vowel, and a last h
])
def test_the_spelling_key_still_joins_a_slip_or_a_language_s_spelling(disclosed, party):
    assert compare_names(party, disclosed, Kind.PERSON).score >= THRESHOLD


# The thirty-sixth session: a British spelling in a business's name (the thirty-fifth
# session's note left it alone: two everyday words one letter apart in a name someone chose
# were read as two words, Harbour / Harbor Lights Cafe at 0.0).

@pytest.mark.parametrize("disclosed, party", [
    ("Harbour Lights Cafe, Quorvane", "Harbor Lights Cafe"),
    ("Quorvane Neighbourhood Grill", "Quorvane Neighborhood Grill"),
    ("Quorvane Orthopaedic Associates", "Quorvane Orthopedic Associates"),
    ("Colour Me Quorvane", "Color Me Quorvane"),
    ("Quorvane Counselling Services", "Quorvane Counseling Services"),
    ("Quorvane Theatre Company", "Quorvane Theater Company"),
])
def test_a_british_spelling_of_a_word_is_that_word(disclosed, party):
    assert compare_names(party, disclosed, ORG).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("The Place", "The Palace"),  # two known words, no spelling of one another
    ("Timbre Bar", "Timber Bar"),  # -bre is a French word's, not a British spelling
    ("Armour Deli", "Armor Deli"),  # a name many bear (a Chicago name) is a name, not a spelling
    ("Four Corners Tavern", "For Corners Tavern"),
    ("Amour Cafe", "Amor Cafe"),
])
def test_a_british_spelling_rule_keeps_other_words_apart(disclosed, party):
    assert compare_names(party, disclosed, ORG).score < THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    # helper-139's review: two spellings of one word more than a letter apart, or no rule's
    # ending, were two rare words (Jack's Whiskey / Whisky Bar 0.0)
    ("Quorvane's Whiskey Bar", "Quorvane's Whisky Bar"),
    ("Quorvane Doughnut Shop", "Quorvane Donut Shop"),
    ("The Plough at Quorvane", "The Plow at Quorvane"),
    ("Quorvane Mould Remediation", "Quorvane Mold Remediation"),
    ("Quorvane Draught House", "Quorvane Draft House"),
])
def test_a_word_spelled_another_accepted_way_is_that_word(disclosed, party):
    assert compare_names(party, disclosed, ORG).score >= THRESHOLD


# The forty-third session: initials of a place's body are any place's of those initials
# (helper-139's review: a party "CPD" met a Cicero officer's disclosed employer at 86.3).

@pytest.mark.parametrize("disclosed, party", [
    ("Cicero Police Department", "CPD"),  # CPD is Chicago's on most dockets
    ("Champaign Police Department", "CPD"),
    ("Carbondale Police Department", "CPD"),
    ("Champaign County State's Attorney's Office", "CCSAO"),  # Cook County's
    ("Champaign County Sheriff's Office", "CCSO"),
    ("Champaign Park District", "CPD"),  # helper-140: any town's park district (87.4)
    ("Lawrence County Sheriff's Office", "LCSO"),  # a county of 10,000 (its towns counted once)
])
def test_initials_many_places_bodies_bear_meet_no_lesser_place(disclosed, party):
    ev = compare_names(party, disclosed, ORG)
    assert ev.score < THRESHOLD
    assert any(f.comparison == "initials" and f.weight < -4 for f in ev.features)


@pytest.mark.parametrize("disclosed, party", [
    ("Chicago Police Department", "CPD"),
    ("Cook County State's Attorney's Office", "CCSAO"),
    ("Cook County Sheriff's Office", "CCSO"),
    ("DuPage County Sheriff's Office", "DCSO"),
    ("Naperville Police Department", "NPD"),
    ("Crystal Lake Police Department", "CLPD"),  # no other Illinois town's initials are CL
    ("Illinois State Police", "ISP"),  # a state, no town
    # helper-140's review of the first version
    ("Cicero Police Department", "CPD - Cicero"),  # the town named beside its initials
    ("Bradley University Police Department", "BUPD"),  # a university's, not a town's body (13.5)
    ("Pontiac Correctional Center", "PCC"),  # a prison few towns have (16.9)
    ("Jo Daviess County Sheriff's Office", "JDCSO"),  # a county of two words: JD, no other's (36.6)
])
def test_initials_of_the_place_most_bear_them_still_meet_it(disclosed, party):
    assert compare_names(party, disclosed, ORG).score >= THRESHOLD


def test_british_american_pairs_are_one_letter_apart_and_words():
    from rapidfuzz.distance import OSA

    from coi.names.english import british_american, everyday_words

    pairs = british_american()
    assert frozenset(("harbour", "harbor")) in pairs and frozenset(("organisation", "organization")) in pairs
    assert frozenset(("chartres", "charters")) not in pairs and frozenset(("scour", "scor")) not in pairs
    assert all(len(p) == 2 and p <= everyday_words() and OSA.distance(*sorted(p)) == 1 for p in pairs)


@pytest.mark.parametrize("disclosed, party", [
    # Post, League, Federation, Fellowship and Guild as words of kind were tried this session
    # and withdrawn: helper-128's review found these two bodies met at 75–99.6 with them
    ("National Basketball League", "National Basketball Association"),
    ("Chicago Rugby League", "Chicago Rugby Union"),
    ("Illinois Federation of Sportsmen's Clubs", "Illinois Sportsmen's Club"),
    ("Decatur Lodge 105", "Decatur Post 105"),
    ("Grace Fellowship Church", "Grace Church"),
    ("Post Oak Grill", "Oak Grill"),
    ("Lamp Post Pizza", "Lamp Pizza"),
    ("Quorvane Youth Baseball League", "Quorvane Youth Soccer League"),
    ("Quorvane Legion Post 12", "Quorvane Legion Post 13"),
    ("Quorvane Fire Team", "Quorvane Fire Department"),
    ("Quorvane Women's League", "Quorvane Women's Club"),
])
def test_words_of_kind_of_members_bodies_keep_other_bodies_apart(disclosed, party):
    assert compare_names(party, disclosed, ORG).score < THRESHOLD


# The thirty-eighth session: a slip that puts i for the letter before a plural's s (a
# scanner's Hills / Hilis) was read as two slips, since the parse keeps a last s after i
# (Davis, Illinois) and takes it off the other word (generated organizations: Greater
# Herondale Hills / Hilis Public Safety Employees Union Local 678 met at 3.1).

@pytest.mark.parametrize("disclosed, party", [
    ("Cedar Falls Water Commission", "Cedar Falis Water Commission"),
    ("Three Mills Fire Protection District", "Three Milis Fire Protection District"),
    ("Quorvane Hills Police Department", "Quorvane Hilis Police Department"),
    ("Quorvane Wells Sanitary District", "Quorvane Welis Sanitary District"),
])
def test_a_slip_before_a_plurals_s_is_one_slip(disclosed, party):
    assert compare_names(party, disclosed, ORG).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Davis's Tavern", "Dave's Tavern"),  # two names people bear
    ("Louis Auto Body", "Lou's Auto Body"),
    ("Paris Township Highway Department", "Park Township Highway Department"),
    ("Oasis Day Spa", "Oast Day Spa"),  # a short word's last i read for a letter but l (helper-132)
    ("Alois Bakery", "Aloe Bakery"),
])
def test_a_slip_before_a_last_s_keeps_two_names_apart(disclosed, party):
    assert compare_names(party, disclosed, ORG).score < THRESHOLD


# ------------------------------------------------------------------ the fortieth session
# Abbreviations that are words of names in some language (coi.names.org._WORD_OR_ABBREVIATION):
# Pho Lien Hoa was read "pho lien homeowner association", Hoa Binh Market an association.

@pytest.mark.parametrize("name, first, other", [
    ("Pho Lien Hoa", "pho lien hoa", "pho lien homeowner association"),  # Vietnamese: a flower
    ("So Gong Dong Tofu", "so gong dong tofu", "sheriff office gong dong tofu"),
    ("Sao Paulo Bakery", "sao paulo bakery", "state attorney office paulo bakery"),
    ("Doc Holliday Saloon", "doc holliday saloon", "department correction holliday saloon"),
    ("Lakeview HOA", "lakeview homeowner association", "lakeview hoa"),  # in capitals: the abbreviation
    ("LAKEVIEW HOA", "lakeview homeowner association", "lakeview hoa"),  # one case: the abbreviation first
    ("PHO LIEN HOA", "pho lien homeowner association", "pho lien hoa"),
    ("Cook County SO", "cook sheriff office", "cook so"),
])
def test_a_word_that_is_also_an_abbreviation_is_read_as_its_case_says_and_the_other_way_too(name, first, other):
    from coi.names.org import parse_org_forms

    readings = [" ".join(f.words) for f in parse_org_forms(name)]
    assert readings[0] == first
    assert other in readings


@pytest.mark.parametrize("disclosed, party", [
    ("Hoa Binh Supermarket", "Hoa Binh Market"),  # was 0.1: an association against a market
    ("Pol Quorvane Deli", "Polish Quorvane Deli"),  # was 0.1: Pol read as police
])
def test_a_business_named_with_such_a_word_is_one_business(disclosed, party):
    assert compare_names(party, disclosed, ORG).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Lakeview Homeowners Association", "Lakeview HOA"),
    ("Lakeview Homeowners Association", "Lakeview Hoa"),  # small letters, no other reading fits
    ("Cook County Sheriff's Office", "Cook County SO"),
    ("Kane County State's Attorney's Office", "Kane Co SAO"),
    ("Illinois Department of Corrections", "IL DOC"),
    ("Chicago Police Department", "Chicago Pol Dept"),
])
def test_the_abbreviation_is_still_read_where_it_is_one(disclosed, party):
    assert compare_names(party, disclosed, ORG).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Illinois Department of Corrections", "Doc Holliday Saloon"),
    ("Cook County Sheriff's Office", "So Gong Dong Tofu"),
    ("Cook County State's Attorney's Office", "Sao Paulo Bakery"),
    ("Lakeview Homeowners Association", "Hoa Sen Restaurant"),
])
def test_a_business_named_with_such_a_word_is_not_the_agency_it_abbreviates(disclosed, party):
    assert compare_names(party, disclosed, ORG).score < THRESHOLD


# Shops of one sort of goods (hardware, flowers, furniture, shoes) as trades: their words in
# English and in their owners' language restate one another, as a bakery's do (helper-135:
# Ferreteria Ocotlan / Ocotlan Hardware, Muebleria Huitron / Huitron Furniture, 0.0).

@pytest.mark.parametrize("disclosed, party", [
    ("Ferreteria Quetzaltan", "Quetzaltan Hardware"),
    ("Quetzaltan Hardware", "Quetzaltan Hardware Store"),
    ("Muebleria Quetzaltan", "Quetzaltan Furniture Inc"),
    ("Zapateria Quetzaltan Hermanos", "Quetzaltan Hermanos Shoe Store"),
    ("Kwiaciarnia Zawilec", "Zawilec Flowers"),
    ("Floreria Quetzaltan", "Quetzaltan Florist"),
])
def test_a_shop_of_one_sort_of_goods_in_its_owners_language_and_in_english_is_one_shop(disclosed, party):
    assert compare_names(party, disclosed, ORG).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Quetzaltan Hardware", "Quetzaltan Furniture"),
    ("Quetzaltan Florist", "Quetzaltan Bakery"),
    ("Ferreteria Quetzaltan", "Zapateria Quetzaltan"),
    ("Lotus Flower Restaurant", "Lotus Flower Shop"),  # a restaurant's name, a florist's
])
def test_shops_of_two_sorts_of_goods_are_two_shops(disclosed, party):
    assert compare_names(party, disclosed, ORG).score < THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Friedrich Quorvanek", "Fritz Quorvanek"), ("Johannes Quorvanek", "Hans Quorvanek"),
    ("Margarethe Quorvanek", "Grete Quorvanek"), ("Wilhelm Quorvanek", "Willi Quorvanek"),
    ("Giovanni Quorvanello", "Gianni Quorvanello"), ("Vincenzo Quorvanello", "Enzo Quorvanello"),
    ("Giuseppe Quorvanello", "Peppe Quorvanello"), ("Salvatore Quorvanello", "Toto Quorvanello"),
    ("Rolando Quorvanag", "Lando Quorvanag"),
    ("Chinonso Quorvanwu", "Nonso Quorvanwu"),
])
def test_a_diminutive_of_a_german_italian_russian_filipino_or_igbo_name_is_that_name(disclosed, party):
    # helper-135: each scored 0.0; Friedrich, Johannes, Vincenzo were in no table at all
    assert compare_names(party, disclosed, Kind.PERSON).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Dmitri Quorvanenko", "Dima Quorvanenko"),  # short forms many American women bear: left unread
    ("Mikhail Quorvanenko", "Misha Quorvanenko"),
    ("Oluwaseun Quorvanwu", "Oluwaseyi Quorvanwu"),  # two Yoruba names, Seun and Seyi
    ("Giuseppe Quorvanello", "Giuseppina Quorvanello"),  # his and her name
])
def test_names_a_diminutive_does_not_join_stay_apart(disclosed, party):
    assert compare_names(party, disclosed, Kind.PERSON).score < THRESHOLD


# ------------------------------------------------------------------ a department named for what it does

@pytest.mark.parametrize("department, place", [
    ("Department of Justice", "Village of Justice"),  # Justice and Energy are Illinois villages
    ("Department of Energy", "Village of Energy"),
    ("Bureau of Commerce", "City of Commerce"),
    ("Department of Justice", "Justice Police Department"),  # the village's police
    ("Justice Department", "Justice Police Department"),  # (the Justice Department is the Department of Justice)
    ("Dept. of Energy", "Energy Police Department"),
    ("U.S. Department of Justice", "Village of Justice"),  # the nation's department written with it
    ("Illinois Department of Energy", "Village of Energy"),  # a state's (94.7 before)
    ("Justice Department", "Village of Justice"),  # the subject written before Department (97.4 before)
    ("U.S. Energy Department", "Village of Energy"),
    ("Commerce Bureau", "City of Commerce"),
])
def test_a_department_named_for_its_subject_is_not_a_town_of_that_name(department, place):
    """Helper-139: Justice Police Department / Department of Justice met at 99.9 (the unit's own
    Department read as the department's, Police taken as its unit), Village of Energy /
    Department of Energy at 99.4 (Village left out, Department generic): a member employed by
    the federal department raised an employment prompt on every Justice officer's case."""
    assert compare_names(department, place, Kind.ORGANIZATION).score < THRESHOLD
    assert compare_names(place, department, Kind.ORGANIZATION).score < THRESHOLD


@pytest.mark.parametrize("institution, unit", [
    ("Department of Justice", "Department of Justice Police"),  # the department's own police
    ("Department of Justice", "Justice Department Police"),
    ("Chicago Department of Aviation", "Chicago Dept. of Aviation Security"),
    ("University of Chicago", "Police Department of the University of Chicago"),  # the unit written first
    ("Loyola University", "Department of Public Safety, Loyola University"),
    ("Department of Police, City of Chicago", "Chicago Police Department"),
    ("Department of Justice", "Justice Department"),
    ("Chicago Department of Aviation", "Chicago Aviation Police"),  # its Department left out (helper-142)
    ("Chicago Department of Aviation", "Chicago Aviation Security"),
])
def test_an_institutions_own_police_is_still_its_own(institution, unit):
    assert compare_names(institution, unit, Kind.ORGANIZATION).score >= THRESHOLD


@pytest.mark.parametrize("left, right", [
    ("U.S. Department of Justice", "Department of Justice"),
    ("The U.S. Dept. of Energy", "Department of Energy"),
    ("USA Department of Veterans Affairs", "Department of Veterans Affairs"),
    ("United States Marshals Service", "Marshals Service"),
    ("U.S. Customs and Border Protection", "Customs and Border Protection"),
])
def test_the_country_before_a_federal_bodys_name_is_left_out_as_a_state_after_a_bodys_is(left, right):
    """Helper-141: U.S. Department of Justice / Department of Justice met at 3.0 — U.S. was a
    word the prior never saw, so rare, where Illinois left out is generic. The country before
    the words that begin a federal body's name is its locality now."""
    assert compare_names(left, right, Kind.ORGANIZATION).score >= THRESHOLD
    assert compare_names(right, left, Kind.ORGANIZATION).score >= THRESHOLD


@pytest.mark.parametrize("left, right", [
    ("First Federal Bank", "First Bank"),
    ("First Federal Savings Bank", "First Savings Bank"),  # a charter before Savings Bank too
    ("Home State Savings Bank", "Home Savings Bank"),
    ("U.S. Department of Transportation", "Illinois Department of Transportation"),
    ("U.S. Attorney's Office", "Cook County State's Attorney's Office"),
    ("US Foods", "Foods"),  # the country before a company's words: a word of its name
    ("US Office Products", "Office Products"),  # (helper-142's review)
    ("US Border Cargo Inc", "Border Cargo Inc"),
    ("US Army", "Army"),
    ("Federal Public Defender", "Public Defender"),  # Federal is no generic word: a county's defender
])
def test_a_federal_charter_or_another_government_still_says_another_body(left, right):
    assert compare_names(left, right, Kind.ORGANIZATION).score < THRESHOLD
    assert compare_names(right, left, Kind.ORGANIZATION).score < THRESHOLD


def test_a_generations_call_name_is_said_so_in_the_reasons():
    reason = compare_names("TREY QUORVANSKY", "Robert Quorvansky III", P).reason
    assert "the name a man goes by after his generation (Trey for Robert)" in reason


# ------------------------------------------------------------------ helper-146's review (forty-sixth session)

@pytest.mark.parametrize("company, public_body", [
    ("Vellmoor Power Company", "Vellmoor Power Agency"),  # 81.5 before: the legal form dropped, Agency generic
    ("Wisconsin Public Service Corporation", "Public Service Commission of Wisconsin"),  # 99.8 before
    ("Vellmoor Transit Company", "Vellmoor Transit Authority"),
])
def test_a_company_is_not_the_public_body_named_for_what_it_regulates_or_buys(company, public_body):
    assert compare_names(company, public_body, Kind.ORGANIZATION).score < THRESHOLD
    assert compare_names(public_body, company, Kind.ORGANIZATION).score < THRESHOLD
    # a company that writes its own Agency, and Co. that may be the Commission's short form, are met
    assert compare_names("Vellmoor Insurance Agency, Inc.", "Vellmoor Insurance Agency", Kind.ORGANIZATION).score \
        >= THRESHOLD
    assert compare_names("DOVERMORE GAS CO.", "Dovermore Gas Commission", Kind.ORGANIZATION).score >= THRESHOLD
    # Co. is not an agency's nor an authority's short form (helper-148's review: 81.5, 99.3)
    assert compare_names("Vellmoor Power Co.", "Vellmoor Power Agency", Kind.ORGANIZATION).score < THRESHOLD


@pytest.mark.parametrize("agency, company", [
    ("Kowalski Insurance Agency", "Kowalski Insurance, Inc."),  # 99.3 before; 0.3 on the rule's first version
    ("Vellmoor Travel Agency", "Vellmoor Travel LLC"),
    ("Midwest Staffing Agency", "Midwest Staffing, Inc."),
    ("Kowalski Insurance Agency", "KOWALSKI INS AGCY INC"),  # Agcy read as Agency
])
def test_a_business_agency_is_the_company_of_its_trade(agency, company):
    """helper-148's review: an agency named for a trade is a business, not a public body."""
    assert compare_names(company, agency, Kind.ORGANIZATION).score >= THRESHOLD


@pytest.mark.parametrize("with_unit, body", [
    ("Vellmoor Police Department, Bureau of Internal Affairs", "Vellmoor Police Department"),  # 0.0 before
    ("Illinois State Police, Division of Criminal Investigation", "Illinois State Police"),  # 0.0 before
    ("Illinois State Police - Division of Criminal Investigation", "Illinois State Police"),  # a dash
    ("Vellmoor Police Department, Div. of Patrol", "Vellmoor Police Department"),
])
def test_a_body_written_with_its_unit_is_the_body(with_unit, body):
    assert compare_names(with_unit, body, Kind.ORGANIZATION).score >= THRESHOLD
    assert compare_names(body, with_unit, Kind.ORGANIZATION).score >= THRESHOLD


@pytest.mark.parametrize("one, other", [
    ("Illinois Division of Criminal Investigation", "Illinois State Police"),  # no name before the unit
    ("Police Department, Bureau of Patrol", "Vellmoor Police Department"),  # kind words only
    # helper-148's review: the words before "of" may be the unit's subject, and those after it
    ("Economic Crimes Unit of the Cook County State's Attorney's Office", "Economic Crimes Consulting LLC"),
    ("Family Law Section of the Illinois State Bar Association", "Family Law Associates, Ltd."),
    ("Illinois Department of Revenue Bureau of Criminal Investigations", "ISP Division of Criminal Investigation"),
    # a numbered unit is a body of its own, as a local is (3.0 before; 88.0 on the first version)
    ("Policemen's Benevolent and Protective Association - Unit 24",
     "Policemen's Benevolent and Protective Association Unit 9"),
])
def test_a_unit_is_not_read_as_a_body_where_the_words_do_not_say_which(one, other):
    assert compare_names(one, other, Kind.ORGANIZATION).score < THRESHOLD
    assert compare_names(other, one, Kind.ORGANIZATION).score < THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Vellmoor Electric Cooperative", "Vellmoor Electric Co-op"),  # 0.3 before: Co read as County, "op" a word
    ("Vellmoor Electric Cooperative", "VELLMOOR ELECTRIC COOP"),
    ("Vellmoor Laboratories", "Vellmoor Labs"),  # 0.0 before: only "Labs." with its period was read
    ("Illinois Education Association", "Illinois Education Association-NEA"),  # 3.0 before
    ("Vellmoor Teachers Union, Local 1", "Vellmoor Teachers Union Local No. 1, AFT"),  # 60.4 before
    ("Vellmoor Education Association", "Vellmoor Education Association, IEA-NEA"),
])
def test_short_forms_and_a_unions_affiliates_are_read(disclosed, party):
    assert compare_names(party, disclosed, Kind.ORGANIZATION).score >= 95


@pytest.mark.parametrize("with_unit, body", [
    # helper-154's review: a unit written straight after its body, no comma between (0.0 to 8.0 before)
    ("Vellmoor Police Department Bureau of Internal Affairs", "Vellmoor Police Department"),
    ("Vellmoor County State's Attorney's Office Felony Review Unit", "Vellmoor County State's Attorney's Office"),
    ("Vellmoor County Sheriff's Office Corrections Bureau", "Vellmoor County Sheriff's Office"),
    ("Vellmoor Fire Department Office of Fire Investigation", "Vellmoor Fire Department"),
    ("Illinois State Police Division of Patrol", "Illinois State Police"),
    ("Illinois Department of Corrections Parole Division", "Illinois Department of Corrections"),
    # helper-155's review: a unit whose words begin with another agency's word is the agency's
    ("Vellmoor Police Department Fire Investigation Unit", "Vellmoor Police Department"),
    ("Vellmoor County State's Attorney's Office Sheriff's Narcotics Unit", "Vellmoor County State's Attorney's Office"),
    ("Vellmoor Police Department 18th District Tactical Unit", "Vellmoor Police Department"),
])
def test_a_body_written_with_its_unit_and_no_comma_is_the_body(with_unit, body):
    assert compare_names(with_unit, body, Kind.ORGANIZATION).score >= THRESHOLD
    assert compare_names(body, with_unit, Kind.ORGANIZATION).score >= THRESHOLD


@pytest.mark.parametrize("one, other", [
    # the words before the unit are no agency's: a county (its unit may be the sheriff's or
    # the prosecutor's), a state's department, a business
    ("Vellmoor County Narcotics Unit", "Vellmoor County"),
    ("Illinois Department of Revenue Bureau of Criminal Investigations", "Illinois Department of Revenue Audit Bureau"),
    ("Vellmoor Security Services Investigations Division", "Vellmoor Security Services Patrol Division"),
    # another agency's unit
    ("Vellmoor Fire Department Office of Fire Investigation", "Vellmoor Police Department"),
    ("Vellmoor Police Department Bureau of Internal Affairs", "Vellmoor Fire Department"),
    # helper-155's review: the shortest unit left another agency's word on the body (1.1 and
    # 0.1 before the rule, 100 and 99.6 on its first version)
    ("Vellmoor Police Department Fire Investigation Unit", "Vellmoor Fire Department"),
    ("Vellmoor County State's Attorney's Office Sheriff's Narcotics Unit", "Vellmoor County Sheriff's Office"),
    # a club's, a fund's, a union's division is a body of its own (99.3 to 100 on the first version)
    ("Vellmoor Fire Football Club Youth Division", "Vellmoor Fire Department"),
    ("Vellmoor Police Department Pension Fund Division", "Vellmoor Police Department"),
    ("Vellmoor Fire Juniors Girls Division", "Vellmoor Fire Department"),
    ("Vellmoor Police Department Sergeants Union Section", "Vellmoor Police Department"),
])
def test_a_unit_with_no_comma_is_read_only_after_an_agency(one, other):
    assert compare_names(one, other, Kind.ORGANIZATION).score < THRESHOLD
    assert compare_names(other, one, Kind.ORGANIZATION).score < THRESHOLD


@pytest.mark.parametrize("written, meant", [
    # helper-154's review: a word of kind misspelt in its doubled letters, two slips (0.0 before)
    ("Vellmoor County Sherrif's Office", "Vellmoor County Sheriff's Office"),
    ("De Vellmoor County Sherrif's Office", "DeVellmoor County Sheriff's Office"),
    ("Vellmoor County Department of Corections", "Vellmoor County Department of Corrections"),
    # helper-155's review: the vocabulary's plural of a word ending in s made Ilinnois two words'
    ("Ilinnois State Police", "Illinois State Police"),
])
def test_a_word_of_kind_misspelt_in_its_doubled_letters_is_read(written, meant):
    assert compare_names(written, meant, Kind.ORGANIZATION).score >= THRESHOLD
    assert org_kind(parse_org(written)) == org_kind(parse_org(meant))


def test_a_hit_through_the_body_of_a_unit_says_so():
    hit = compare_names("Vellmoor Police Department", "Vellmoor Police Department, Bureau of Internal Affairs",
                        Kind.ORGANIZATION)
    assert "read as the body its unit belongs to: Vellmoor Police Department" in hit.reason
    assert "read as the body its unit belongs to" in explain(hit, THRESHOLD, Kind.ORGANIZATION).reasons
    whole = compare_names("Vellmoor Police Department, Bureau of Internal Affairs",
                          "Vellmoor Police Department, Bureau of Internal Affairs", Kind.ORGANIZATION)
    assert "its unit" not in whole.reason  # met whole, not through the body


# ------------------------------------------------------------------ helper-157's blind review (session 53)

@pytest.mark.parametrize("disclosed, party", [
    # a caption's list of parties ends with their role (0.0 before: Defendants a word of the name)
    ("Village of Vellmoor", "VILLAGE OF VELLMOOR, et al., Defendants"),
    ("Village of Vellmoor", "Village of Vellmoor, Defendant-Appellee"),
    ("Vellmoor Police Department", "Vellmoor Police Department, Third-Party Defendant"),
    ("Vellmoor Park District", "VELLMOOR PARK DISTRICT, Plaintiff"),
    # an Illinois county written short after a comma, the state after it (3.0 before)
    ("Vellmoor Police Department", "Vellmoor Police Dept., Ogle Co., IL"),
    ("Vellmoor Police Department", "Vellmoor Police Department, Ogle Cnty., Illinois"),
    ("Vellmoor Police Department", "Vellmoor Police Department, Ogle Co. IL 61068"),
    # helper-158's attack: more roles, and the role before "et al."
    ("Vellmoor Police Department", "Vellmoor Police Department, Defendant/Counter-Plaintiff"),
    ("Vellmoor Park District", "Vellmoor Park District, Intervenor"),
    ("Vellmoor Park District", "Vellmoor Park District, Respondent in Discovery"),
    ("Village of Vellmoor", "Village of Vellmoor, Defendant, et al."),
])
def test_what_a_caption_writes_after_a_name_and_a_comma_is_no_word_of_it(disclosed, party):
    assert compare_names(party, disclosed, Kind.ORGANIZATION).score >= THRESHOLD


@pytest.mark.parametrize("disclosed, party", [
    ("Vellmoor Police Department", "Vellmoor Police Department, Quorvane Co."),  # no county: a company
    # helper-158's attack: a county written short with no state after it may be another state's
    # (Monroe Co. is Indiana's too) or a company's (Adams Co.)
    ("Vellmoor Police Department", "Vellmoor Police Department, Monroe Co."),
    ("Vellmoor Paving", "Vellmoor Paving, Adams Co."),
    ("Vellmoor Police Department", "Vellmoor Police Department Defendants Association"),  # no comma: a word of it
])
def test_only_a_role_or_a_countys_name_after_a_comma_is_left_out(disclosed, party):
    assert compare_names(party, disclosed, Kind.ORGANIZATION).score < THRESHOLD


@pytest.mark.parametrize("name", ["Missouri Highway Patrol", "Missouri State Highway Patrol",
                                  "California Highway Patrol", "Illinois State Police"])
def test_a_highway_patrol_is_a_states_police(name):
    assert org_kind(parse_org(name)).field == "state police"


def test_a_highway_patrol_written_with_and_without_state_is_one_body():
    # helper-157's review (and helper-146's): 0.2 before, read as a town's police and a state's
    assert compare_names("Missouri Highway Patrol", "Missouri State Highway Patrol", Kind.ORGANIZATION).score >= THRESHOLD


@pytest.mark.parametrize("name, field", [
    ("Vellmoor University Medical Center", "hospital"),
    ("Vellmoor University Health", "hospital"),
    ("Vellmoor University Health Methodist Hospital", "hospital"),
    ("University of Vellmoor Hospital", "hospital"),
    ("Vellmoor University", "university"),
    ("Vellmoor Medical College", "university"),  # a college of medicine is a college
    ("Vellmoor University Police Department", "university police"),
])
def test_a_universitys_hospital_is_a_hospital(name, field):
    assert org_kind(parse_org(name)).field == field


@pytest.mark.parametrize("written, meant", [
    ("Vellmoor Countv Sheriff's Office", "Vellmoor County Sheriff's Office"),  # a scanner's v for y (3.0 before)
    ("Vellmoor Townshlp", "Vellmoor Township"),
    ("Vellmoor Bureav of Investigation", "Vellmoor Bureau of Investigation"),
])
def test_a_word_of_kind_a_scanner_misread_at_its_end_is_read(written, meant):
    assert compare_names(written, meant, Kind.ORGANIZATION).score >= THRESHOLD
    assert org_kind(parse_org(written)) == org_kind(parse_org(meant))


def test_a_brands_own_ending_is_not_read_as_a_word_of_kind():
    from coi.names.org import _scanned

    assert _scanned("centex") == "centex" and _scanned("clinix") == "clinix"


@pytest.mark.parametrize("short, written", [
    # helper-161's blind review (3.0 and 0.0 before)
    ("Vill. of Vellmoor Police Dept.", "Village of Vellmoor Police Department"),
    ("Ill. Sec'y of State Police", "Illinois Secretary of State Police"),
])
def test_a_villages_and_a_secretarys_short_forms_are_read(short, written):
    assert compare_names(short, written, Kind.ORGANIZATION).score >= THRESHOLD


def test_a_judicial_circuit_after_a_county_office_and_a_comma_is_where_it_serves():
    # helper-161's blind review: 0.0 before
    party = "Vellmoor County State's Attorney's Office, 18th Judicial Circuit"
    assert compare_names(party, "Vellmoor County State's Attorney", Kind.ORGANIZATION).score >= THRESHOLD
    assert compare_names(party, "Quorvane County State's Attorney", Kind.ORGANIZATION).score < THRESHOLD


# ------------------------------------------------------------------ the fifty-fourth session
# helper-162 to -165's blind reviews and helper-166's attack on the first rules: each pair below
# was on the wrong side of the threshold before (the scores in the comments)


def _dated(kind: Kind, left: str, left_dob: str, right: str, right_dob: str) -> float:
    """The score of a disclosed name (left) against a party (right), as coi screen compares them."""
    return compare_names(right, left, kind, query_dob=dt.date.fromisoformat(right_dob) if right_dob else None,
                         candidate_dob=dt.date.fromisoformat(left_dob) if left_dob else None).score


@pytest.mark.parametrize("kind, left, left_dob, right, right_dob", [
    # a street address after a comma (0.0), the town and state after it read as without it
    (Kind.ORGANIZATION, "Vellmoor Police Department", "", "Vellmoor Police Dept., 420 W. State St., Rockford, IL 61101", ""),
    (Kind.ORGANIZATION, "Vellmoor Towing Inc.", "", "Vellmoor Towing Inc., P.O. Box 1149", ""),
    # a capacity toward another body (0.0): the party, and the body a successor or a receiver stands for
    (Kind.ORGANIZATION, "Vellmoor Water Company", "", "Vellmoor Water Co., as successor to Quorvane Utilities", ""),
    (Kind.ORGANIZATION, "Quorvane Utilities", "", "Vellmoor Water Co., as successor to Quorvane Utilities", ""),
    (Kind.ORGANIZATION, "Quorvane Savings Bank", "", "Vellmoor National Bank, successor by merger to Quorvane Savings Bank", ""),
    (Kind.ORGANIZATION, "Vellmoor Land Trust Company", "",
     "Vellmoor Land Trust Company, not personally but as Trustee under Trust No. 8012", ""),
    (Kind.ORGANIZATION, "Quorvane Savings Bank", "", "FDIC as Receiver for Quorvane Savings Bank", ""),
    (Kind.ORGANIZATION, "Vellmoor Mutual Insurance Company", "",
     "Vellmoor Mutual Insurance Company, a Mutual Legal Reserve Company", ""),
    # TV (0.0), a Hospital & Medical Center (0.0, 3.0), CUSD and a district's letter (0.3, 1.5)
    (Kind.ORGANIZATION, "Vellmoor Cable Television, Inc.", "", "Vellmoor Cable TV Inc", ""),
    (Kind.ORGANIZATION, "Vellmoor Hospital and Medical Center", "", "Vellmoor Hospital & Medical Center, Chicago", ""),
    (Kind.ORGANIZATION, "Vellmoor Hospital", "", "Vellmoor Hospital and Medical Centers", ""),
    (Kind.ORGANIZATION, "Vellmoor Prairie School District 204", "", "Vellmoor Prairie CUSD No. 204", ""),
    (Kind.ORGANIZATION, "Vellmoor Community Unit School District 365U", "", "Vellmoor CUSD 365-U", ""),
    # City spelled by an acronym's first letter (0.5); a trade's workers' two initials (0.0)
    (Kind.ORGANIZATION, "City Water, Light and Power", "", "CWLP", ""),
    (Kind.ORGANIZATION, "United Mineworkers of America", "", "UMWA", ""),
    # middle names one vowel romanized two ways (0.0); a Yoruba short form (0.0); Nell (0.0)
    (Kind.PERSON, "Hamid Raza Qureshvi", "1979-02-11", "Hamid Reza Qureshvi", ""),
    (Kind.PERSON, "Oluwakemi Okonedo", "1986-09-19", "Kemi Okonedo-Fashanu", "1986-09-19"),
    (Kind.PERSON, "Nell Brannagh", "", "BRANNAGH, ELEANOR", "1946-03-19"),
])
def test_a_reading_of_the_fifty_fourth_session_meets_one_body_or_person(kind, left, left_dob, right, right_dob):
    assert _dated(kind, left, left_dob, right, right_dob) >= THRESHOLD


@pytest.mark.parametrize("kind, left, left_dob, right, right_dob", [
    # two ordinals written out, one the other's beginning (100: read as a word cut short)
    (Kind.ORGANIZATION, "Circuit Court of the Eighteenth Judicial Circuit", "", "Circuit Court of the Eighth Judicial Circuit", ""),
    (Kind.ORGANIZATION, "Vellmoor Lodge Seventeen", "", "Vellmoor Lodge Seven", ""),
    # the attack's guards: two house numbers, two towns after two addresses, a district's number
    # alone, another district's number, a campus each, Ade- before a name Americans bear
    (Kind.ORGANIZATION, "Vellmoor Condominium Association, 1350 N. Lake Shore Drive", "",
     "Vellmoor Condominium Association, 1400 N. Lake Shore Drive", ""),
    (Kind.ORGANIZATION, "Grace Vellmoor Church, 400 S. Main St., Mokena, IL", "",
     "Grace Vellmoor Church, 10 N. Buffalo Grove Rd., Buffalo Grove, IL", ""),
    (Kind.ORGANIZATION, "Community High School District 99, DuPage County, Illinois", "",
     "Board of Education of School District No. 99, Cook County, Illinois", ""),
    (Kind.ORGANIZATION, "Vellmoor Prairie School District 204", "", "Vellmoor Prairie CUSD No. 203", ""),
    (Kind.ORGANIZATION, "Vellmoor University Police, North Campus", "", "Vellmoor University Police, South Campus", ""),
    (Kind.ORGANIZATION, "United Steelworkers Local 1010", "", "USW Local 1011", ""),
    (Kind.PERSON, "Adelinda Vellacourt", "", "Linda Vellacourt", ""),
    # two Korean given names in syllables a letter apart (98.5); two Chinese names written
    # surname first, their given names a syllable apart (99.6)
    (Kind.PERSON, "Yoon Da-bin", "", "Yoon Da-min", ""),
    (Kind.PERSON, "Guo Minghui", "", "Guo Minghao", ""),
    # a man's first surname read as a middle name beside another family's second (97.4)
    (Kind.PERSON, "Francisco Javier Ruiz Ortega", "", "Francisco Javier Ruiz Medina", ""),
    # a Spanish first surname read as a middle name one vowel from another's stays a conflict
    (Kind.PERSON, "Lucia Pena Ostavar", "", "Lucia Pina Ostavar", ""),
])
def test_a_reading_of_the_fifty_fourth_session_keeps_two_apart(kind, left, left_dob, right, right_dob):
    assert _dated(kind, left, left_dob, right, right_dob) < THRESHOLD


def test_a_run_of_spaces_does_not_make_the_capacity_pattern_backtrack():
    """The capacity after a name (as trustee for …) tried from each space of a run backtracked:
    2,000 spaces took a minute in its first version; a pathological input, the bound generous."""
    import time

    start = time.perf_counter()
    compare_names("Vellmoor Bank" + " " * 3000 + "as" + " " * 3000 + "trustee", "Vellmoor Bank", Kind.ORGANIZATION)
    assert time.perf_counter() - start < 10.0


# ------------------------------------------------------------------ the fifty-fifth session
# helper-167 to -170, -172 and -173's blind reviews and helper-171's attack on the first rules:
# each pair below was on the wrong side of the threshold before (the scores in the comments),
# but the attack's guards, which pass on both


@pytest.mark.parametrize("kind, left, left_dob, right, right_dob", [
    # a roman numeral after a numbered unit's word (0.0)
    (Kind.ORGANIZATION, "Illinois State Police District 2", "", "ISP District II", ""),
    (Kind.ORGANIZATION, "Vellmoor Mobile Team Unit 4", "", "Vellmoor Mobile Team Unit IV", ""),
    # a caption's role after a comma (0.0-3.6), a labor board's bargaining unit in brackets (0.9)
    (Kind.ORGANIZATION, "Vellmoor Bar Association", "", "Vellmoor Bar Ass'n, Amicus Curiae", ""),
    (Kind.ORGANIZATION, "Quorvane & Hale LLP", "", "Quorvane and Hale, Counsel for Defendants Vellmoor Co.", ""),
    (Kind.ORGANIZATION, "Vellmoor Research Forum", "", "Vellmoor Research Forum, Inc., Monitor", ""),
    (Kind.ORGANIZATION, "Village of Vellmoor", "", "Village of Vellmoor, Respondent/Employer", ""),
    (Kind.ORGANIZATION, "Teamsters Local 7412", "", "Teamsters Local 7412, Charging Party", ""),
    (Kind.ORGANIZATION, "Village of Vellmoor", "", "Village of Vellmoor (Telecommunicators Unit), Employer", ""),
    # N.A. written bare (3.0); a Hospital Medical Center (3.0); Auto for Automobile (0.0)
    (Kind.ORGANIZATION, "Vellmoor Bank, National Association", "", "Vellmoor Bank NA, Garnishee", ""),
    (Kind.ORGANIZATION, "Vellmoor Hospital Medical Center of Chicago", "", "Vellmoor Hospital, Chicago", ""),
    (Kind.ORGANIZATION, "Vellmoor Mutual Automobile Insurance Company", "", "Vellmoor Mutual Auto Ins. Co.", ""),
    # St. before a saint's possessive (0.0); the FOP's title added to a lodge (0.2); a principal's
    # given name (0.0)
    (Kind.ORGANIZATION, "Old St. Patrick's Church", "", "Old Saint Patrick's Church, Chicago", ""),
    (Kind.ORGANIZATION, "Vellmoor Lodge 412", "", "Fraternal Order of Police Vellmoor Lodge 412", ""),
    (Kind.ORGANIZATION, "Quorvane & Associates", "", "Gregory E. Quorvane & Associates, Ltd.", ""),
    # captions: a holder's post after the name, before it, after "as"; a chief's department; the
    # post alone; a secretary's department; parties joined; a body acting through its board; a
    # description naming its county; a local's international (0.0-5.7)
    (Kind.ORGANIZATION, "Vellmoor County Sheriff's Office", "",
     "James P. Mendoza, Vellmoor County Sheriff, in his official capacity", ""),
    (Kind.ORGANIZATION, "Vellmoor County Sheriff's Office", "",
     "Vellmoor County Sheriff Robert J. Hallman, in his official capacity", ""),
    (Kind.ORGANIZATION, "Vellmoor County Sheriff's Office", "",
     "Robert M. Keane, in his official capacity as Sheriff of Vellmoor County", ""),
    (Kind.ORGANIZATION, "Vellmoor Police Department", "", "Chief of Police of the City of Vellmoor, sued in his official capacity", ""),
    (Kind.ORGANIZATION, "Illinois Department of Corrections", "", "Director, Illinois Department of Corrections", ""),
    (Kind.ORGANIZATION, "Illinois Department of Transportation", "", "Illinois Secretary of Transportation", ""),
    (Kind.ORGANIZATION, "Vellmoor County Sheriff's Office", "",
     "County of Vellmoor and Sheriff of Vellmoor County, Joint Employers", ""),
    (Kind.ORGANIZATION, "Village of Vellmoor", "", "Village of Vellmoor, by its Board of Fire and Police Commissioners", ""),
    (Kind.ORGANIZATION, "Village of Vellmoor", "", "The Village of Vellmoor, a municipal corporation of Will County, Illinois", ""),
    (Kind.ORGANIZATION, "Vellmoor Firefighters Union Local 99", "",
     "Vellmoor Firefighters' Union, Local 99, International Association of Fire Fighters, AFL-CIO", ""),
    # the attack's guard: a town's name after "of" the other writes too is a word of the name
    (Kind.ORGANIZATION, "Temple of Joy", "", "Temple of Joy, Chicago", ""),
    # persons: a surname's prefix written apart beside a middle initial (0.0); an English name
    # written last after Korean given names (0.0)
    (Kind.PERSON, "Kathleen O Brannagh", "", "O'Brannagh, Kathleen M.", ""),
    (Kind.PERSON, "Grace Kwon", "", "KWON, EUN HYE GRACE", ""),
])
def test_a_reading_of_the_fifty_fifth_session_meets_one_body_or_person(kind, left, left_dob, right, right_dob):
    assert _dated(kind, left, left_dob, right, right_dob) >= THRESHOLD


@pytest.mark.parametrize("kind, left, left_dob, right, right_dob", [
    # a town after a comma, another after "of", one name a letter from the other (73.9); the Secretary of State's police (45.8); a
    # profession's word added to a community's name (98.7, 88.6); a village's police against its
    # township (79.2)
    (Kind.ORGANIZATION, "Temple Vellmor of Chicago", "", "Temple Vellmoor, Northbrook", ""),
    (Kind.ORGANIZATION, "Secretary of State Police", "", "Illinois State Police", ""),
    (Kind.ORGANIZATION, "Lithuanian American Police Association", "", "Lithuanian American Association", ""),
    (Kind.ORGANIZATION, "Lithuanian American Police Association", "", "Lithuanian American Association of Illinois", ""),
    (Kind.ORGANIZATION, "Vellmoor Police Department", "", "Vellmoor Township", ""),
    # the attack's guards: two principals of one surname, two partners' surnames, a generation
    # after a surname that is a unit's word, a firm's series, another order's lodge, the
    # Illinois Secretary of State's police
    (Kind.ORGANIZATION, "Gregory Quorvane & Associates", "", "Mary Quorvane & Associates", ""),
    (Kind.ORGANIZATION, "Jackson Quorvane Law Firm", "", "Quorvane Law Firm", ""),
    (Kind.ORGANIZATION, "Robert Ward III Realty", "", "Robert Ward Realty", ""),
    (Kind.ORGANIZATION, "Vellmoor Construction Company", "", "Vellmoor Construction Company II, LLC", ""),
    (Kind.ORGANIZATION, "Vellmoor Masonic Lodge 78", "", "Fraternal Order of Police Vellmoor Lodge 78", ""),
    (Kind.ORGANIZATION, "Illinois Secretary of State Police", "", "Illinois State Police", ""),
    # helper-174's review of the first version: two unions' locals of one number, a generation
    # after a middle initial and a surname that is a unit's word, D as a middle initial
    (Kind.ORGANIZATION, "Local 7412, IBT", "", "Local 7412, IAFF", ""),
    (Kind.ORGANIZATION, "Robert J. Ward III & Associates", "", "Robert J. Ward & Associates", ""),
    (Kind.PERSON, "Thomas D. Vellacourt", "", "DVELLACOURT, THOMAS J.", ""),
    # persons: a generation says a man, the other a woman's name (94.5-94.7)
    (Kind.PERSON, "Pat Brannagh Sr.", "", "BRANNAGH, PATRICIA A.", ""),
    (Kind.PERSON, "Charlie Vellacourt Jr.", "", "VELLACOURT, CHARLOTTE", ""),
])
def test_a_reading_of_the_fifty_fifth_session_keeps_two_apart(kind, left, left_dob, right, right_dob):
    assert _dated(kind, left, left_dob, right, right_dob) < THRESHOLD


# ------------------------------------------------------------------ the fifty-sixth session
# helper-175 to -178's blind reviews and helper-179's attack on the first rules: each pair below
# was on the wrong side of the threshold before (the scores in the comments), but the attack's
# guards, which pass on both


@pytest.mark.parametrize("left, right", [
    # a body's governing board before "of" (0.0-5.7): a village's corporate authorities, a
    # city's council, a county's board, a pension fund's trustees; Bd. of Educ. (3.6)
    ("Village of Vellmoor", "President and Board of Trustees of the Village of Vellmoor"),
    ("City of Vellmoor", "The Mayor and City Council of the City of Vellmoor, Defendants"),
    ("Village of Lisle", "Village of Lisle Board of Trustees"),  # (a town the place list holds)
    ("City of Vellmoor", "Mayor and Board of Aldermen of the City of Vellmoor"),
    ("Vellmoor Police Pension Fund", "Board of Trustees of the Police Pension Fund of the City of Vellmoor"),
    ("Vellmoor Community Unit School District 203", "Bd. of Educ. of Vellmoor Community Unit School District 203"),
    # a pension board is its fund (0.0, 1.4)
    ("Vellmoor Police Pension Fund", "Vellmoor Police Pension Board of Trustees"),
    ("Board of Trustees of the Vellmoor Police Pension Fund", "Vellmoor Police Pension Board"),
    # a railroad's kind before its police (0.3)
    ("Quorvane Southern Police Department", "Quorvane Southern Railway Police"),
    # a local after its council (0.7); a union's initials for the name it is called by (0.0)
    ("AFSCME Local 7412", "AFSCME Council 31, Local 7412"),
    ("Teamsters Local 7412", "Local 7412, IBT"),
    ("Laborers Local 7412", "LIUNA Local 7412"),
    # a consolidated school district's initials (0.0); State written St. before University (0.0)
    ("CCSD 59", "Community Consolidated School District 59"),
    ("Vellmoor State University", "Vellmoor St. Univ."),
    # a description naming a district (0.0); a trading-as name (0.0); a body's name in brackets
    # after a unit (0.1); a town the Postal Service writes apart, written joined (3.0)
    ("Park District of Vellmoor", "Park District of Vellmoor, an Illinois park district"),
    ("Quorvane Tavern", "Vellmoor Hospitality LP t/a Quorvane Tavern"),
    ("Vellmoor Police Sergeants' Association", "PBPA Unit 156A (Vellmoor Police Sergeants' Association)"),
    ("Vellmoor Memorial Hospital District", "Vellmoor Memorial Hospital District, McLeansboro, Illinois"),
    # helper-180's review: a district's number written No without its period (0.0)
    ("Vellmoor Junior College", "Vellmoor Junior College, Community College District No 525"),
    ("Forest Preserve District of Vellmoor County",
     "Board of Commissioners of the Forest Preserve District of Vellmoor County"),
])
def test_a_reading_of_the_fifty_sixth_session_meets_one_body(left, right):
    assert compare_names(right, left, Kind.ORGANIZATION).score >= THRESHOLD


@pytest.mark.parametrize("left, right", [
    # a village's kind in brackets against the township (99.8); two towns sharing a word after
    # a comma (99.8), O'Fallon's among them once known (99.8 in a first version)
    ("Township of Vellmoor", "Vellmoor, Illinois (Village)"),
    ("St. Quorvane Church, Lake Zurich", "St. Quorvane Church, Lake Villa"),
    ("First Quorvane Church, Oak Park", "First Quorvane Church, Oak Lawn"),
    ("Holy Quorvane Lutheran Church, O'Fallon, IL", "Holy Quorvane Lutheran Church, Collinsville, IL"),
    # guards: a village's board of its own, two railroads' police, two pension funds of one town,
    # two locals of one council, another union's local of the number, CCSD a sheriff's
    # department's initials without a number, another association in brackets
    ("Village of Vellmoor", "Board of Fire and Police Commissioners of the Village of Vellmoor"),
    ("Vellmoor County Sheriff's Office", "Board of Commissioners of Vellmoor County"),  # a county's board
    ("Rock Island Railroad Police", "Rock Island Police Department"),  # a railroad named for a town
    ("United Electrical Workers Local 7412", "IBEW Local 7412"),  # the initials' name inside another's
    ("Noble St. College Prep", "Noble State College Prep"),  # St. before College: a street's
    ("Effingham T/A Travel Center", "City of Effingham"),  # T/A a brand, after no legal form
    ("City of Country Club Hills", "Illinois FOP Labor Council (City of Country Club Hills)"),  # an employer in brackets
    ("St. Quorvane Hospital, Chicago", "St. Quorvane Hospital, West Chicago"),  # two towns, one's name inside the other's
    ("Lincoln Quorvane School, District 97", "Lincoln Quorvane School, District 65"),
    # helper-180's review of the code: a town's own board after its name (99.3), a county's board
    # with its state (79.2), a place described as a district or an authority (99.8), an employers'
    # association in brackets after a local (100), park commissioners of a city (99.8), a township
    # against its place alone where the parse stems the place's name (99.8)
    ("Chicago Police Department", "City of Chicago Police Board"),
    ("Cook County Sheriff's Office", "Board of Commissioners of Cook County, Illinois"),
    ("City of Joliet", "Joliet, an Illinois housing authority"),
    ("Illinois Road and Transportation Builders Association",
     "IUOE Local 150 (Illinois Road and Transportation Builders Association)"),
    ("City of Aurora", "Board of Park Commissioners of the City of Aurora"),
    ("Township of Lyons", "Lyons"),
    ("Quorvane Pacific Railroad Police", "Vellmoor Southern Railway Police"),
    ("Vellmoor Police Pension Board", "Vellmoor Firefighters Pension Board"),
    ("AFSCME Council 31, Local 7412", "AFSCME Council 31, Local 2794"),
    ("Teamsters Local 7412", "IBEW Local 7412"),
    ("CCSO Corrections Division", "CCSD Corrections Division 5"),
    ("Vellmoor Police Lieutenants Association", "PBPA Unit 156A (Vellmoor Police Sergeants' Association)"),
])
def test_a_reading_of_the_fifty_sixth_session_keeps_two_apart(left, right):
    assert compare_names(right, left, Kind.ORGANIZATION).score < THRESHOLD


@pytest.mark.parametrize("party", [
    "IBT Local " + "7" * 40 + " x",  # _union_called's pattern was exponential in a run of digits (33 s at 28)
    "İBEW Local 134", "ıbew Local 134", "ſeiu Local 73", "Local 1010, Uſw",  # letters folding to initials: KeyError
    "Teamsters" + " " * 3000 + "Council 31, Local 7412",
])
def test_odd_union_names_neither_hang_nor_raise(party):
    """helper-180's review: pathological inputs, not a speed target: the bound is generous."""
    import time

    start = time.perf_counter()
    compare_names(party, "Teamsters Local 7412", Kind.ORGANIZATION)
    assert time.perf_counter() - start < 20.0


# ------------------------------------------------------------------ the fifty-seventh session
# Blind reviews (helper-181: firms and the governments sharing their words; helper-183: campuses,
# hospitals, state agencies) and helper-179's attack: a business's name is a business's when a
# firm's word ends it, as when a legal form does, and a business's site written after its name is
# the business's.


@pytest.mark.parametrize("left, right", [
    # a site after a comma or a dash, or inline after a town's name: 0.0 to 0.1 before
    ("Quorvane Construction – Rockford office", "Quorvane Construction Co."),
    ("Vellmoor Towing Joliet Yard", "Vellmoor Towing, Inc."),
    ("Quorvane Security, Aurora branch", "Quorvane Security Inc."),
    ("Vellmoor Mfg. Co. – Elgin Plant", "Vellmoor Manufacturing Company"),
    ("Quorvane Freight Lines Chicago Hub", "Quorvane Freight Lines, Inc."),
    ("Vellmoor Supply, Main Office", "Vellmoor Supply LLC"),
    ("Quorvane Savings Bank, Naperville Branch", "Quorvane Savings Bank"),
    # the last separator, an em dash unspaced, branches (helper-184's review: 0.1 in a first version)
    ("Quorvane Construction, Inc. - Rockford office", "Quorvane Construction, Inc."),
    ("Quorvane Construction—Rockford office", "Quorvane Construction"),
    ("Vellmoor Towing – Rockford branches", "Vellmoor Towing"),
    # helper-185's attack: a town written short, a town of four words inline
    ("Quorvane Construction, Mt. Prospect office", "Quorvane Construction Co."),
    ("Vellmoor Towing Lake in the Hills Yard", "Vellmoor Towing Inc."),
    ("Quorvane Construction – Rockford Branch Office", "Quorvane Construction Co."),
    ("Quorvane Foods – Elgin store #3421", "Quorvane Foods"),
    # guards: a firm's word and "& Sons" on both sides, or beside a trade
    ("Quorvane Industries", "Quorvane Industries, Inc."),
    ("Vellmoor & Sons Plumbing", "Vellmoor Plumbing"),
    ("Vellmoor County Farm Bureau, Inc.", "Vellmoor County Farm Bureau"),  # a county's own body incorporated
])
def test_a_reading_of_the_fifty_seventh_session_meets_one_body(left, right):
    assert compare_names(right, left, Kind.ORGANIZATION).score >= THRESHOLD


@pytest.mark.parametrize("left, right", [
    # a firm's word last, or "& Sons", against the town, township or county of its name (97.6, 99.8
    # and 79.2 before: the firm's word dropped as generic and the town's kind as the town's)
    ("Quorvane Industries", "Village of Quorvane"),
    ("Vellmoor Enterprises", "City of Vellmoor"),
    ("Vellmoor & Sons", "Town of Vellmoor"),
    ("Quorvane Law Group", "Village of Quorvane"),
    ("Vellmoor Consulting", "County of Vellmoor"),
    ("Quorvane Partners", "City of Quorvane"),
    ("Vellmoor County Consulting", "Vellmoor County"),  # the county's name written so (helper-184: 97.6)
    ("Quorvane Township Holdings", "Quorvane Township"),
    # a business against a town's police or fire department written without the town's kind
    # (79.2 and 28.3 before)
    ("Vellmoor Inc.", "Vellmoor Police Department"),
    ("Quorvane Associates", "Quorvane Fire Department"),
    # guards: two sites of one business in two towns, each left out
    ("Quorvane Construction – Rockford office", "Quorvane Construction – Elgin office"),
    ("Vellmoor Towing Joliet Yard", "Vellmoor Towing Elgin Yard"),
    ("Kane County, Sheriff's Office", "Kane County Board"),  # an officer's office is no site
    # helper-184's review of a first version: two towns' whole names (99.8), a word of the name
    # read as a town named so (99.3)
    ("Quorvane Construction – West Chicago office", "Quorvane Construction – Chicago office"),
    ("Vellmoor Towing East Peoria Yard", "Vellmoor Towing Peoria Yard"),
    ("Heartland Credit Union Branch", "Heartland Credit Services"),
    # helper-185's attack on a first version (99.8): a word of the name that is a town's too
    # before Store or Office, a partner's name, a Chicago neighbourhood's site against another
    # town's; a county's name with a practice's words and a firm's last (79.2 before)
    ("Quorvane Kitchen & Bath Store", "Quorvane Kitchen Inc."),
    ("Kowalczyk Vellmoor & Morris Office", "Kowalczyk & Vellmoor LLP"),
    ("Quorvane Dental Care – Pilsen office", "Quorvane Dental Care – Evanston office"),
    ("Will County Legal Associates", "County of Will"),
    # a firm named for a town against the town's council or board (79.2 before, helper-185)
    ("Joliet Group", "Joliet City Council"),
    ("Vellmoor Consulting", "Vellmoor Village Council"),
    # one town left out against the other name whole with its own (60.4 before, Marion a word many
    # names hold)
    ("Masonic Lodge 7, Elgin", "Masonic Lodge 7, Marion"),
])
def test_a_reading_of_the_fifty_seventh_session_keeps_two_apart(left, right):
    assert compare_names(right, left, Kind.ORGANIZATION).score < THRESHOLD


def test_a_hit_through_the_business_of_a_site_says_so():
    hit = compare_names("Quorvane Construction – Rockford office", "Quorvane Construction Co.", Kind.ORGANIZATION)
    assert "read as the business one of whose sites it names: Quorvane Construction" in hit.reason
    assert "one of whose sites" in explain(hit, THRESHOLD, Kind.ORGANIZATION).reasons
    whole = compare_names("Quorvane Construction – Rockford office", "Quorvane Construction – Rockford office",
                          Kind.ORGANIZATION)
    assert "sites" not in whole.reason  # met whole, not through the business


# ------------------------------------------------------------------ the fifty-eighth session
# helper-182's blind review of restaurant listings: a word of another language written down by
# ear two ways, a business's tagline after its name, and a state's postal code after a town
# read as initials.


@pytest.mark.parametrize("left, right", [
    # one word written by ear two ways: a vowel written for the same sound, a consonant doubled or
    # not (0.0 before)
    ("Kandoori Grill", "Kanduri Grill"),
    ("Zelenyky Cafe", "Zeleniki Cafe"),
    ("Vaytoon Grill", "Vaitoun Grill"),
    ("Bar Velozza", "Bar Velloza"),
    # a tagline after a colon, a dash or a comma (0.0 to 3.0 before)
    ("Quorvane's", "Quorvane's: The Hot Dog Emporium"),
    ("Vellmoor", "Vellmoor - A Taste of Old Naples"),
    ("Zelnik Cafe", "Zelnik, A Traveler's Cafe"),
    ("Quorvane Pizza", "Quorvane Pizza — Your Neighborhood Pizzeria"),
    ("Vellmoor Bistro", "Vellmoor Bistro: The Finest Steaks Since 1952"),
    ("Quorvane Towing", "Quorvane Towing - Your Roadside Friend"),
    # helper-187's blind review: a descriptor of three words after a dash, a year told after a
    # comma, a tilde, two hyphens, a slogan after the legal form (0.0 to 0.2 before)
    ("Vellmoor Towing", "Vellmoor Towing — 24 Hour Service"),
    ("Quorvane Florist", "Quorvane Florist, Since 1952"),
    ("Zelnik Cleaners", "Zelnik Cleaners - Dry Cleaning & Alterations"),
    ("Quorvane Kitchen", "Quorvane Kitchen ~ Homestyle Italian Cooking"),
    ("Vellmoor Heating & Cooling", "Vellmoor Heating & Cooling -- Comfort You Can Count On"),
    ("Quorvane Roofing, Inc.", "Quorvane Roofing, Inc. - Quality Roofs at Honest Prices"),
    # a trade name in brackets after the legal name, with or without d/b/a (0.0 to 0.1 before)
    ("Vellmoor Tavern", "Quorvane Ventures, Inc. (Vellmoor Tavern)"),
    ("Vellmoor Tavern", "Quorvane Ventures LLC (DBA: Vellmoor Tavern)"),
    ("Vellmoor Tavern", "Quorvane Ventures LLC [t/a Vellmoor Tavern]"),
    ("Vellmoor Auto Body", "Quorvane Collision Inc. operating as Vellmoor Auto Body"),
    # helper-189's review: Illinois's assumed name, and t/a, in brackets with no legal form before
    ("Vellmoor Tavern", "Quorvane Ventures LLC (Assumed Name: Vellmoor Tavern)"),
    ("Vellmoor Tavern", "Quorvane Ventures [t/a Vellmoor Tavern]"),
    ("Vellmoor Pharmacy", "Quorvane Drugs Ltd. o/a Vellmoor Pharmacy"),
    ("Quorvane Ventures LLC", "Quorvane Ventures LLC (DBA: N/A)"),
    # a state's code after a town where the other name's own words are spelt (helper-188's attack
    # of a first version: 100 → 0)
    ("Vellmoor County Medical Examiner", "Vellmoor County ME"),
    ("Zelnik Gun Club", "Fox River Sportsmen's Association (Zelnik Gun Club)"),
    # guards: an Illinois town with its state after a comma, left out; a slip of one letter
    ("Quorvane Diner, Rockford IL", "Quorvane Diner"),
    ("Vellmoor Pharmacy", "Vellmoor Pharmacy, Marion, IL 62959"),
    ("Velozza", "Valozza"),
    ("Acme Widgets Inc.", "Acme Widgets Inc., a Delaware corporation"),
])
def test_a_reading_of_the_fifty_eighth_session_meets_one_body(left, right):
    assert compare_names(right, left, Kind.ORGANIZATION).score >= THRESHOLD


@pytest.mark.parametrize("left, right", [
    # a state's postal code after a town is no initials of the other name's town and state
    # (MI, WI: Moline Illinois, Wheaton Illinois; 94.4 before)
    ("Quorvane Diner, Rockford MI", "Quorvane Diner, Moline IL"),
    ("Vellmoor Grill, Kenosha WI", "Vellmoor Grill, Wheaton IL"),
    # another state's code with its ZIP code after an Illinois town's name (IN, CO: a filler, a
    # company's form; 96.5 before, helper-187)
    ("Marion Vellmoor Pharmacy", "Marion Vellmoor Pharmacy, Marion, IN 46953"),  # an Illinois town's name (s59)
    ("Aurora Quorvane Chiropractic", "Aurora Quorvane Chiropractic, Aurora, CO 80012"),
    # guards of the reading by ear: a last syllable written otherwise, a vowel at the end (a
    # name's ending), names many bear, three letters apart, another consonant
    ("Taqueria El Vasadero", "Taqueria El Vasador"),
    ("Tarvine Bakery", "Tarvina Bakery"),
    ("Mendoza Landscaping", "Mendez Landscaping"),
    ("Kandoori Grill", "Kondari Grill"),
    ("Velozza Bar", "Velotta Bar"),
    # helper-186's attack of a first version: another vowel, a vowel moved across a consonant
    ("Cantinita Grill", "Cantinetta Grill"),
    ("Valmeri Cafe", "Vlumeri Cafe"),
    # guards of the tagline: its words are not the business's name; a body, a unit or a branch
    # after a dash is no slogan; a name alone that is many places' stays whole
    ("Creole Kitchen", "Vellmoor - A Creole Kitchen"),
    ("Hot Dog Emporium", "Quorvane's: The Hot Dog Emporium"),
    ("Wexburg Police Department", "Wexburg Police Department - Fraternal Order of Police"),
    ("Quorvane Pizza - Naperville", "Quorvane Pizza - Oak Brook Terrace"),
    ("Vellmoor Security", "Vellmoor Security - Pinkerton Investigations Inc"),
    ("Express", "Express - Employment Professionals"),
    # guards of the trade name in brackets: two businesses of one owner, two places elsewhere
    ("Quorvane Steak (Vellmoor Group)", "Quorvane Italian (Vellmoor Group Enterprises)"),
    ("Quorvane Pizza (Elgin)", "Quorvane Pizza (Las Vegas)"),
    # helper-188's attack of a first version: two bodies each read without what follows the
    # parent's name, each met through one brand, a register's blank, another body after a dash
    ("Quorvane Sorority - Theta Omega Omega", "Quorvane Sorority - Tau Gamma Omega"),
    ("Vellmoor Church of God - Greater Love Temple", "Vellmoor Church of God - Faith Tabernacle Congregation"),
    ("Quorvane Foods Inc (d/b/a Vellmoor Subs)", "Zelnik Sandwich LLC (d/b/a Vellmoor Subs)"),
    ("Quorvane Ventures LLC (DBA: N/A)", "Zelnik Holdings Inc (DBA: N/A)"),
    ("Quorvane Social Services - Quorvane Child and Family Services", "Quorvane Social Services"),
    ("Vellmoor Power: Commonwealth Zelnik", "Vellmoor Power Corporation"),
    ("First Choice: Home Health Care", "First Choice Inc"),  # everyday words that say no trade
    # helper-189's review: two franchisees each written with a plain dba; a venue in brackets;
    # another state's code and ZIP code after one comma
    ("Quorvane Foods Inc dba Vellmoor Subs", "Zelnik Sandwich LLC dba Vellmoor Subs"),
    ("Quorvane Pier, Inc.", "Vellmoor Fudge (Quorvane Pier)"),
    ("Aurora Quorvane Chiropractic", "Aurora Quorvane Chiropractic, Aurora CO 80012"),
])
def test_a_reading_of_the_fifty_eighth_session_keeps_two_bodies_apart(left, right):
    assert compare_names(right, left, Kind.ORGANIZATION).score < THRESHOLD


def test_a_word_written_by_ear_and_a_tagline_say_so_in_a_hit():
    ear = compare_names("Kanduri Grill", "Kandoori Grill", Kind.ORGANIZATION)
    assert "Kanduri / Kandoori: one word written down by ear two ways" in ear.reason \
        or "Kandoori / Kanduri: one word written down by ear two ways" in ear.reason
    assert any(f.level == "spelt by ear" for f in ear.features)
    hit = compare_names("Vellmoor - A Taste of Old Naples", "Vellmoor", Kind.ORGANIZATION)
    assert "met through the name before its tagline: Vellmoor" in hit.reason
    assert "before its tagline" in explain(hit, THRESHOLD, Kind.ORGANIZATION).reasons
    whole = compare_names("Vellmoor - A Taste of Old Naples", "Vellmoor - A Taste of Old Naples", Kind.ORGANIZATION)
    assert "tagline" not in whole.reason  # met whole, not through the name before it
    traded = compare_names("Quorvane Ventures, Inc. (Vellmoor Tavern)", "Vellmoor Tavern", Kind.ORGANIZATION)
    assert "met through one of its names: Vellmoor Tavern" in traded.reason
    # a tagline led by no article says so too (helper-189's review: only an article was looked for)
    dated = compare_names("Vellmoor Florist, Since 1952", "Vellmoor Florist", Kind.ORGANIZATION)
    assert "met through the name before its tagline: Vellmoor Florist" in dated.reason


def test_a_long_field_is_read_for_no_tagline():
    """A field of hundreds of characters with a separator every few words is no name with its
    slogan: each place a tagline may begin would cost the rest of the field (helper-189's review)."""
    from coi.names.org import TAGLINE_TEXT_MAX, _without_tagline

    assert _without_tagline("Vellmoor Florist, Since 1952") == "Vellmoor Florist"
    field = "Vellmoor Florist" + ", the rose and the lily" * 40
    assert len(field) > TAGLINE_TEXT_MAX and _without_tagline(field) is None


# ------------------------------------------------------------------ the fifty-ninth session
# An eating place's name of everyday words alone against that name with its trade words
# (helper-73, -104, -114, -177 and -182's blind reviews of dining guides wrote 37 of 764 true pairs
# so, helper-191's registers 9 more: Golden Dragon / Golden Dragon Restaurant scored 0.7):
# possibly one place, never likely — many places bear such a name, as many bear it written whole.


@pytest.mark.parametrize("left, right", [
    ("Copper Lantern", "Copper Lantern Restaurant"),
    ("Velvet Acorn", "Velvet Acorn Bistro & Bar"),
    ("Jolly Otter", "The Jolly Otter Pub"),
    ("Honey Badger", "Cafe Honey Badger"),  # a trade word that leads a name
    ("Lucky Penny Bakery", "Lucky Penny"),
    ("Frank Miller's", "Frank Miller's Steakhouse"),  # a name many bear, given name and surname
    ("Crooked Fence", "Crooked Fence Mexican Restaurant"),  # a cooking and a trade added
    ("Little Heron", "Little Heron Taqueria"),
    ("Smoke & Barrel", "Smoke and Barrel BBQ"),
    ("Star of Kerala", "Star of Kerala Restaurant"),
])
def test_an_everyday_name_alone_is_possibly_its_eating_place(left, right):
    hit = compare_names(right, left, Kind.ORGANIZATION)
    assert THRESHOLD <= hit.score < 90, hit.score  # possibly, not likely
    assert any(f.level == "all but the trade of an everyday name" for f in hit.features)
    assert "an everyday name many places may bear" in hit.reason
    assert "possibly the same" in explain(hit, THRESHOLD, Kind.ORGANIZATION).likelihood


@pytest.mark.parametrize("left, right", [
    ("Copper Lantern", "Copper Lantern Hair Salon"),  # another trade's business of that name
    ("Copper Lantern", "Copper Lantern Towing"),
    ("Lantern", "Lantern Restaurant"),  # one word alone fits every business of that name
    ("El Gallo", "Taqueria El Gallo"),  # an article and one word
    ("Humboldt Park", "Humboldt Park Tavern"),  # a place's name
    ("Indian Head Park", "Indian Head Park Grill"),
    ("Copper Lantern Cafe", "Copper Lantern Tavern"),  # two trades' words
    ("Copper Lantern", "Lantern Copper Restaurant"),  # not written in its order
    ("Copper Lantern", "Copper Lantern Restaurant 2"),  # a number on one side
    # helper-193's attack: another body's name of everyday words, a region's
    ("Art Institute", "Art Institute Cafe"),
    ("St. Mary's", "St. Mary's Cafe"),
    ("Knights of Columbus", "Knights of Columbus Restaurant"),
    ("Fox Valley", "Fox Valley Bakery"),  # a region's name
])
def test_an_everyday_name_against_another_trade_place_or_word_stays_apart(left, right):
    assert compare_names(right, left, Kind.ORGANIZATION).score < THRESHOLD


# An address written after a name (helper-187's blind review of records, helper-192's of
# registries): a town and its state after a dash or right after the legal form, as after commas
# (Ozinga Bros., Inc. - Mokena, Illinois: 0.7; BELVIDERE TOOL & DIE INC BELVIDERE IL 61008: 0.0),
# an Illinois town or county alone after a business's dash (Midwest Staffing Group - Peoria: 0.7),
# and another state's town with its state (Mercyhealth, Janesville, WI: 0.0) are left out on one
# side; two places, two states, and a name that says an Illinois place's body are kept apart.


@pytest.mark.parametrize("left, right", [
    ("Quorvane Staffing Group", "Quorvane Staffing Group - Peoria"),
    ("Vellmoor Roofing", "Vellmoor Roofing - Will County"),
    ("Zelnik Insurance Agency - Elmhurst", "Zelnik Insurance Agency, Inc."),
    ("Vellmoor Boiler Company", "Vellmoor Boiler Co. - Kewanee IL"),
    ("Quorvane Bros", "Quorvane Bros., Inc. - Mokena, Illinois"),
    ("Vellmoor Tool & Die", "VELLMOOR TOOL & DIE INC BELVIDERE IL 61008"),
    ("Quorvane Trip", "Quorvane Trip, Inc. La Crosse, WI"),
    ("Zelnikhealth", "Zelnikhealth, Janesville, WI"),
    ("Vellmoor Markets", "Vellmoor Markets, Inc., Eau Claire, WI 54703"),
    ("Quorvane Farm & Fleet", "Quorvane Farm & Fleet, Janesville, Wis."),
    ("Zelnik Chiropractic", "Zelnik Chiropractic, Aurora CO 80012"),
    ("Vellmoor Medical Group - Naperville", "Vellmoor Medical Group, S.C."),  # S.C. after a comma: the form
    # the fifty-eighth session kept these apart (a business with another state's address); helper-187's
    # blind review labelled fifteen such pairs one body, and a name that says an Illinois town's
    # (Aurora Quorvane Chiropractic) stays apart, below and in that session's test
    ("Quorvane Chiropractic", "Quorvane Chiropractic, Aurora, CO 80012"),
    ("Vellmoor Pharmacy", "Vellmoor Pharmacy, Marion, IN 46953"),
    ("Zelnik Beef International", "Zelnik Beef International, Kenosha, Wisconsin"),
    ("Kenosha Vellmoor Beef", "Kenosha Vellmoor Beef, Kenosha, Wisconsin"),  # the name's own town, no Illinois town
    ("Lakeshore Quorvane Orthopaedics, Chicago, S.C.", "Lakeshore Quorvane Orthopaedics, S.C."),  # a form, no state
])
def test_a_town_and_state_written_after_a_name_on_one_side_is_left_out(left, right):
    assert compare_names(right, left, Kind.ORGANIZATION).score >= THRESHOLD


@pytest.mark.parametrize("left, right", [
    ("Vellmoor Trucking, Columbia, S.C.", "Vellmoor Trucking, Columbia, IL"),  # two states' towns
    ("Vellmoor Pizza, Valparaiso, IN", "Vellmoor Pizza, Peoria"),
    ("The Quorvane Tavern, Chicago", "Quorvane Tavern, Lincoln NE"),
    ("Quorvane Bakery - Naperville", "Quorvane Bakery - Joliet IL"),  # two towns after dashes
    ("Lake County Sheriff's Office", "Lake County Sheriff's Office, Crown Point, Indiana"),  # an agency
    ("St. Charles Police Department", "St. Charles Police Department, St. Charles, Missouri"),
    ("Lake County Vellmoor Glass", "Lake County Vellmoor Glass, Crown Point, IN"),  # an Illinois county's name
    ("Wheaton College", "Wheaton College, Norton, Massachusetts"),  # a college named for an Illinois town
    ("Quorvane Alarm of Illinois", "Quorvane Alarm Co. of Michigan"),  # "of" is no town
    ("Vellmoor Paving", "Vellmoor Paving, Adams Co."),  # Co. is no Colorado
    # helper-194's review of a first version: a degree, a partner and "& CO" read as a town and a
    # state; a town in brackets; descriptors after a dash read as a town and a state's short name
    ("Kowalczyk", "Kowalczyk, Anna, M.D."),
    ("Quenneville", "QUENNEVILLE, BARNEY & CO"),
    ("Vellmoor Gallery", "Vellmoor Gallery, Fine Art, Co."),
    ("Vellmoor Roofing - Will County", "Vellmoor Roofing LLC (Edwardsville)"),
    ("Vellmoor Pizza, Valparaiso, IN", "Vellmoor Pizza (Peoria)"),
    ("Quorvane Pageants", "Quorvane Pageants - Little Miss"),
    ("Quorvane Rodeo", "Quorvane Rodeo - Big Tex"),
    ("Quorvane Mining Co.", "Quorvane Mining Co. Iron Ore"),
    ("QUORVANE HOME CARE SERVICES", "QUORVANE HOME CARE SERVICES - LIVE IN"),
    ("Quorvane Supply", "QUORVANE SUPPLY - JOHNSON CO"),
    # helper-193's attack: bodies of everyday words, agencies and institutions in another state
    ("Golden Dragon Restaurant", "Golden Dragon Restaurant, Springfield, MO"),
    ("Elite Security Services", "Elite Security Services, Gary, IN"),
    ("Department of Revenue", "Department of Revenue, Jefferson City, MO"),
    ("Mercy Hospital & Medical Center", "Mercy Hospital, Cedar Rapids, IA"),
    ("Humane Society", "Humane Society - Will County"),  # a chapter's county after a dash
    ("Democratic Party", "Democratic Party - Will County"),
    ("Board of Education", "Board of Education - Oak Park, IL"),  # a public body's town and state
    ("Quorvane Staffing", "Quorvane Staffing - Energy"),  # a word, as often as a town of 1,145
])
def test_an_address_of_another_place_or_state_keeps_two_bodies_apart(left, right):
    assert max(_both_ways(left, right)) < THRESHOLD


# ------------------------------------------------------------------ the sixtieth session
#
# helper-192's and helper-196's blind reviews of firms and local businesses as registries,
# licence lists and dockets write them: a legal form written out in words, "Assoc." for
# Associates, the heating trade's short names, a firm's seat after "of", a practice's town
# written last, a site's chapel or clinic, a department of the firm's own work, and a second
# line of work after "&". The names are invented.


@pytest.mark.parametrize("left, right", [
    ("Brellmont Freight LLC", "Brellmont Freight Limited Liability Company"),  # a legal form in words
    ("Quorvane Dental PC", "Quorvane Dental, a Professional Corporation"),
    ("Tessaro Partners", "Tessaro Partners, an Illinois limited partnership"),  # as a pleading describes it
    ("Veldrin Logistics", "Veldrin Logistics, a Delaware corporation"),
    ("Varnell Medical Assoc.", "Varnell Medical Associates, S.C."),  # Assoc. for Associates
    ("Drezno Heating & A/C", "Drezno Heating and Air Conditioning, Inc."),  # the heating trade's short names
    ("Pellworth & Sons HVAC", "Pellworth and Sons Heating and Cooling"),
    ("Pellworth Heating, Ventilation & Air Conditioning", "PELLWORTH H.V.A.C."),
    ("Zielinski Toyota of Elgin", "Zielinski Toyota"),  # a firm's seat after "of"
    ("Wojcik Funeral Home of Belleville", "Wojcik Funeral Home, Ltd."),
    ("Brellmont Electric Co. of Aurora", "Brellmont Electric"),
    ("Drezno Family Dentistry Schaumburg", "Drezno Family Dentistry, P.C."),  # a practice's town written last
    ("Quorvane Services Peoria", "Quorvane Services, Inc."),
    ("Pellworth Funeral Home - Joliet Chapel", "Pellworth Funeral Homes, Inc."),  # a site's chapel, clinic, studio
    ("Varnell Orthopedics, Joliet Clinic", "Varnell Orthopedics, S.C."),
    ("Tessaro Brandt Architects, Chicago Studio", "Tessaro Brandt Architects LLC"),
    ("Brellmont Recovery Services - Collections Dept.", "Brellmont Recovery Services"),  # a department of its work
    ("Veldrin Security, Accounts Receivable", "Veldrin Security, Inc."),
    ("Tessaro Insurance Agency Billing Dept.", "Tessaro Insurance Agency, Inc."),
    ("Oyelmar Security", "Oyelmar Security & Protective Services"),  # a second line of work after "&"
    ("Krzelin Currency Exchange", "Krzelin Currency Exchange & Check Cashing"),
    ("Vandrel Driving School", "Vandrel Driving School & Traffic Safety"),
    ("Gorzelak Funeral Home", "Gorzelak Funeral Home & Cremation Services"),
])
def test_a_firm_written_with_its_form_seat_site_department_or_second_line_is_the_firm(left, right):
    assert min(_both_ways(left, right)) >= THRESHOLD


@pytest.mark.parametrize("left, right", [
    ("Zielinski Toyota of Elgin", "Zielinski Toyota of Naperville"),  # two seats
    ("Toyota of Elgin", "Toyota Motor Corp"),  # a name of one word: the dealer is not the maker
    ("Tessaro Scouts of Aurora", "Tessaro Scouts International"),  # an affiliate is a body of its own
    ("Tessaro Charities of Aurora", "Tessaro Charities"),
    ("Quorvane Industries of Central Illinois", "Quorvane Industries International"),  # a region's affiliate
    ("Drezno Family Dentistry Schaumburg", "Drezno Family Dentistry Naperville"),  # two practices' towns
    ("Pellworth Funeral Home - Joliet Chapel", "Pellworth Funeral Home - Elgin Chapel"),  # two sites
    ("City of Elgin - Public Works Department", "City of Elgin"),  # a government's department
    ("Drezno Heating & Cooling", "Drezno Heating & Plumbing"),  # Heating & Cooling is one trade's name
    ("Zuvo", "Zuvo Tax & Travel"),  # two families of trades
    ("Rapid Recovery & Towing", "Rapid Recovery Services LLC"),  # everyday words
    ("Mike's Tavern", "Mike's Tavern & Grill"),  # an eating place's second line
    ("Heartwell Bank & Trust", "Heartwell Community Bank"),  # Bank & Trust is one phrase
    ("DuPage County Bar Association", "DuPage Bar & Grill"),
    ("Department of Commerce", "Illinois Department of Commerce and Economic Opportunity"),
    ("Drezno Roofing", "Drezno Roofing & Morgan"),  # a partner's surname after "&"
])
def test_a_seat_site_or_line_never_meets_another_body(left, right):
    assert max(_both_ways(left, right)) < THRESHOLD


@pytest.mark.parametrize("text, base", [
    ("Zelmor Service Corporation", "Zelmor Service"),  # one word before Corporation may be the name's
    ("A Better Way Company", "A Better Way"),  # a name's own article
    ("Zelmor, a Limited Liability Company", "Zelmor"),
    ("Zelmor, a New York corporation", "Zelmor"),
    ("Limited Partnership", "Limited Partnership"),  # nothing before it: no name left
])
def test_a_legal_form_in_words_is_stripped_as_written(text, base):
    assert basename(text) == base


# An eating place's name of one word, a name people bear, alone against it with Restaurant
# alone (helper-197's blind review of two cities' dining guides: 13 of its 51 misses): possibly
# one place, as an everyday phrase is since the fifty-ninth session; an everyday word, a place,
# a dish or another trade's word keeps the pair apart.


@pytest.mark.parametrize("left, right", [
    ("Lucinda's", "Lucinda's Restaurant"),
    ("Gustavo's", "Gustavo's Restaurant"),
    ("Marisol's Restaurant (Uptown)", "Marisol's"),  # a neighbourhood in brackets too
    ("Ristorante Gabriella", "Gabriella"),  # Restaurant in its owners' language, before the name
])
def test_a_name_people_bear_alone_is_possibly_its_restaurant(left, right):
    evidence = compare_names(right, left, Kind.ORGANIZATION)
    assert THRESHOLD <= evidence.score < 90
    assert any(f.level == org.EVERYDAY_ALONE for f in evidence.features)


@pytest.mark.parametrize("left, right", [
    ("Lantern", "Lantern Restaurant"),  # an everyday word alone fits every business of that name
    ("Aurora", "Aurora Restaurant"),  # a town's name
    ("Gustavo's", "Gustavo's Pizza"),  # a sort of place, not Restaurant alone
    ("Lucinda's", "Lucinda's Tavern"),
    ("Lucinda's", "Lucinda's Hair Salon"),  # another trade
    ("Lucinda's Restaurant (Elgin)", "Lucinda's Restaurant (Joliet)"),  # two places
])
def test_a_name_alone_against_another_sort_of_place_stays_apart(left, right):
    assert max(_both_ways(left, right)) < THRESHOLD


# A practitioner's practice named by their title, credentials or office (helper-192's blind
# review), a guide's Restaurant before a name, and a chef's name before an eating place's one
# word and its sort of place (helper-197's).


@pytest.mark.parametrize("left, right", [
    ("Dr. Lucinda Vrbanek", "Lucinda Vrbanek, M.D., S.C."),
    ("Dr. Marcus Quellmark's office", "Marcus Quellmark MD PC"),
    ("Dr. Luis Zembrowski DDS", "ZEMBROWSKI LUIS DDS PC"),  # the registry's surname first
    ("Marco Tessaro's Copper Grill", "Copper Grill"),  # a chef's name before the name
    ("Anna Vrbanek's Lantern Lounge", "Lantern Lounge (Hotel Andra)"),
])
def test_a_practice_or_an_eating_place_named_with_its_principal_is_the_place(left, right):
    assert min(_both_ways(left, right)) >= THRESHOLD


@pytest.mark.parametrize("left, right", [
    ("Restaurant Gabriella", "Gabriella"),  # Restaurant before the name, as guides write it
    ("Golden Dragon", "Restaurant Golden Dragon"),
])
def test_restaurant_before_a_name_is_possibly_the_place(left, right):
    assert THRESHOLD <= min(_both_ways(left, right)) < 90


@pytest.mark.parametrize("left, right", [
    ("Dr. Lucinda Vrbanek", "Dr. Lucinda Vrbanski"),  # another surname
    ("Dr. Gerald R. Quellmark", "Gerald T. Quellmark, DDS"),  # two middle initials: two practitioners
    ("Lucinda Vrbanek, M.D.", "Lucinda Vrbanek Foundation"),
    ("Kowalski Towing, DC", "Kowalski Towing"),  # DC after a firm's name is no credential
    ("Marco Tessaro's Copper Grill", "Copper Kettle Grill"),
    ("Lou Tessaro's Pizzeria", "Pizzeria"),  # the owner's name is the name
    ("Restaurant Depot", "Depot"),  # an everyday word alone
])
def test_a_principal_dropped_never_meets_another_body(left, right):
    assert max(_both_ways(left, right)) < THRESHOLD


@pytest.mark.parametrize("left, right", [
    # helper-198's attack on the first versions of the firm rules: a state that is an Illinois
    # village's name too, an affiliate, a brand of one hyphenated word, an everyday word that is
    # a small village's, a union's Assoc., a partner or another trade after "&", a public body's
    # department, and a legal form that takes a name's own words
    ("Quorvane Mutual of Kansas", "Quorvane Mutual of Illinois"),
    ("Vellmoor Telephone Company of Virginia", "Vellmoor Telephone Company of Illinois"),
    ("Big Brothers Big Sisters of Elgin", "Big Brothers Big Sisters of America"),
    ("Vellmoor-Benz of Naperville", "Vellmoor-Benz USA"),
    ("Quorvane Learning of Naperville", "Quorvane Learning"),  # a brand's franchisee, a cause's chapter
    ("Sunny Maid of Schaumburg", "Sunny Maid"),
    ("Helping Hands of Unity", "Helping Hands"),
    ("Joliet Firefighters Assoc.", "Joliet Fire Department"),
    ("Kane County Sheriff's Assoc.", "Kane County Sheriff"),
    ("Hartig Sorkin & Rubenstein", "Hartig Sorkin & Feinstein"),
    ("Oyelmar School & Office Supply", "Oyelmar School"),
    ("Kowalski Bed & Breakfast", "Kowalski Bed Company"),
    ("Oyelmar Health & Human Services", "Oyelmar Health System"),
    ("Midwest Professional Service Corporation", "Midwest Corporation"),
    ("Illinois Secretary of State, Criminal Investigations Dept.", "Illinois Secretary of State"),
    ("Chicago Board of Education - Inspector General Dept.", "Chicago Board of Education"),
])
def test_an_attack_on_the_firm_rules_keeps_two_bodies_apart(left, right):
    assert max(_both_ways(left, right)) < THRESHOLD


@pytest.mark.parametrize("left, right", [
    ("Zielinski Toyota of Elgin, Inc.", "Zielinski Toyota"),  # the legal form after the seat
    ("Pellworth Heating/Cooling", "Pellworth Heating & Cooling"),  # the heating trade's other spellings
    ("Pellworth Htg. & Clg.", "Pellworth Heating & Cooling"),
    ("Varnell Medical Assoc. LLP", "Varnell Medical Associates"),
    ("Quorvane Professional Service Corporation", "Quorvane Professional Services, Inc."),
])
def test_an_attack_on_the_firm_rules_still_meets_the_firm(left, right):
    assert min(_both_ways(left, right)) >= THRESHOLD


@pytest.mark.parametrize("left, right", [
    # helper-199's review of the session's rules: the heating trade's words in either order, and
    # names that the first versions met with another body
    ("Pellworth Air & Heating", "Pellworth Heating & Air"),
    ("Pellworth Cooling & Heat", "Pellworth Heating & Cooling"),
])
def test_the_heating_trade_in_either_order_is_one_name(left, right):
    assert min(_both_ways(left, right)) >= THRESHOLD


@pytest.mark.parametrize("left, right", [
    ("Pellworth Air & Heat", "Pellworth Air"),  # one trade's name, not a line after another
    ("St. Joseph's Clinic", "Village of St. Joseph"),  # a saint's office is no practitioner's
    ("Mai Anh Do", "Mai Anh"),  # Do is a surname, not D.O.
    ("Department of Human Services Springfield", "Department of Human Services"),  # no firm's
    ("Senior Services Elgin", "Senior Services"),
    ("Moon", "Moon Restaurant"),  # an everyday word, a surname most bear
    ("King", "King Restaurant"),
    ("Illinois Hospital Assoc.", "Illinois Hospital Associates"),  # a membership association
])
def test_a_review_of_the_session_rules_keeps_two_bodies_apart(left, right):
    assert max(_both_ways(left, right)) < THRESHOLD


def test_a_name_with_nothing_after_an_owners_possessive_is_compared_without_error():
    assert compare_names("Lao Sze Chuan", "Tony Hu's 88", Kind.ORGANIZATION).score < THRESHOLD


@pytest.mark.parametrize("text", [
    "John Smith" + " \tMD" * 30 + " x",  # whitespace the credentials' pattern could split many ways
    "Heartland Assoc" + " Inc." * 40 + " x",
])
def test_a_long_adversarial_name_is_read_in_linear_time(text):
    import time

    started = time.perf_counter()
    org.org_forms(text)
    assert time.perf_counter() - started < 1.0


def test_a_legal_form_described_with_its_state_and_kind_is_stripped():
    assert basename("Kovar Dental, an Illinois professional corporation") == "Kovar Dental"
    assert basename("Heartland Health an Illinois Nonprofit Corporation") == "Heartland Health"
