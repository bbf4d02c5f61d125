//! Scoring: answers → band and the reasons for it. Implements FACTS.md §1.5.
//!
//! A sign counts only when the answer is the question's risk answer ("sure"); "not sure"
//! answers are scored separately as what the situation *may* be; skipped questions never
//! count either way.

use super::model::{Answer, Dimension, Grade, Icls, Length, QuestionId, Risk, QUESTION_COUNT};

/// The answers given so far, one per question of the long check. Lives in memory only.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Answers([Answer; QUESTION_COUNT]);

impl Answers {
    /// The answer to `q` (`Skip` if not answered).
    pub fn get(&self, q: QuestionId) -> Answer {
        self.0[q as usize]
    }
    /// Records an answer.
    pub fn set(&mut self, q: QuestionId, a: Answer) {
        self.0[q as usize] = a;
    }
    /// The same answers with one changed.
    pub fn with(mut self, q: QuestionId, a: Answer) -> Self {
        self.set(q, a);
        self
    }
    /// True when the answer to `q` is its risk answer.
    pub fn is_sign(&self, q: QuestionId) -> bool {
        matches!(
            (q.question().risk, self.get(q)),
            (Risk::Yes, Answer::Yes) | (Risk::No, Answer::No)
        )
    }
    /// Whether `q` is asked, given the earlier answers (follow-up questions).
    pub fn asks(&self, q: QuestionId) -> bool {
        q.question()
            .only_if
            .is_none_or(|(earlier, answer)| self.get(earlier) == answer)
    }
    /// The questions asked in a check of this length, given the answers so far.
    pub fn shown(&self, length: Length) -> Vec<QuestionId> {
        length
            .questions()
            .iter()
            .copied()
            .filter(|&q| self.asks(q))
            .collect()
    }
}

/// How serious the situation looks. Ordered: a higher band is more serious.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Band {
    /// 0: no signs found.
    NoSigns,
    /// 1: unfair or illegal working conditions.
    Unfair,
    /// 2: signs of labour exploitation.
    Exploitation,
    /// 3: signs of forced labour or acute danger.
    ForcedLabour,
}

/// The rules of §1.5 that can raise the band; the result names those that applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rule {
    /// A sign of acute danger (locked in, violence, documents kept). Band 3.
    Acute,
    /// ICLS 2018: involuntary work AND a menace of penalty. Band 3.
    ForcedLabour,
    /// Delphi: coercion at the workplace is positive. Band 3.
    Coercion,
    /// Delphi: deceptive recruitment AND exploitation AND coercion or dependency. Band 3.
    Trafficking,
    /// Delphi: exploitative conditions are positive. Band 2.
    ExploitativeConditions,
    /// One strong sign of coercion (debt, isolation). Band 2.
    StrongCoercionSign,
    /// A sign of severe exploitation while depending on the employer. Band 2.
    SevereWithDependency,
    /// Two or more signs of severe exploitation. Band 2.
    SevereSigns,
    /// A German legal rule is broken. Band 1.
    LegalBreach,
}

impl Rule {
    /// The band this rule leads to.
    pub fn band(self) -> Band {
        match self {
            Rule::Acute | Rule::ForcedLabour | Rule::Coercion | Rule::Trafficking => {
                Band::ForcedLabour
            }
            Rule::ExploitativeConditions
            | Rule::StrongCoercionSign
            | Rule::SevereWithDependency
            | Rule::SevereSigns => Band::Exploitation,
            Rule::LegalBreach => Band::Unfair,
        }
    }
}

/// What the result screen shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Too many questions were skipped to say "no signs".
    NotEnoughAnswers,
    /// The band found.
    Band(Band),
}

/// Share of shown questions that must be answered (yes, no or not sure) for a complete result.
pub const MIN_COVERAGE_PERCENT: usize = 60;

/// The result of a check, with everything the result screen explains.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub outcome: Outcome,
    /// Band from the sure signs only.
    pub band: Band,
    /// Band if every "not sure" were a sign; `>= band`.
    pub possible: Band,
    /// Rules that led to `band`, most serious first.
    pub rules: Vec<Rule>,
    /// Questions answered with the risk answer, in the order asked.
    pub signs: Vec<QuestionId>,
    /// Questions answered "not sure", in the order asked.
    pub unsure: Vec<QuestionId>,
    /// Show 110/112 first: band 3 by acute danger, or "not sure" on an acute question.
    pub emergency: bool,
    /// Questions asked, and how many of them were answered.
    pub shown: usize,
    pub answered: usize,
    /// Fewer than [`MIN_COVERAGE_PERCENT`] answered: the result may underestimate.
    pub incomplete: bool,
}

/// Scores the answers of a check of the given length. Questions outside the check or not
/// asked (follow-ups) are ignored.
///
/// # Examples
/// ```
/// use wegweiser::screening::{assess, Answer, Answers, Band, Length, QuestionId};
/// let answers = Answers::default().with(QuestionId::B1, Answer::Yes); // documents kept
/// assert_eq!(assess(&answers, Length::Short).band, Band::ForcedLabour);
/// ```
pub fn assess(answers: &Answers, length: Length) -> Assessment {
    let shown = answers.shown(length);
    let signs: Vec<QuestionId> = shown
        .iter()
        .copied()
        .filter(|&q| answers.is_sign(q))
        .collect();
    let unsure: Vec<QuestionId> = shown
        .iter()
        .copied()
        .filter(|&q| answers.get(q) == Answer::Unsure)
        .collect();
    let answered = shown
        .iter()
        .filter(|&&q| answers.get(q) != Answer::Skip)
        .count();

    let rules = rules_for(&signs);
    let band = band_of(&rules);
    let mut either = signs.clone();
    either.extend(&unsure);
    let possible = band_of(&rules_for(&either)).max(band);
    let emergency = rules.contains(&Rule::Acute) || unsure.iter().any(|q| q.question().acute);
    let incomplete = answered * 100 < shown.len() * MIN_COVERAGE_PERCENT;
    let outcome = if incomplete && band == Band::NoSigns {
        Outcome::NotEnoughAnswers
    } else {
        Outcome::Band(band)
    };
    Assessment {
        outcome,
        band,
        possible,
        rules,
        signs,
        unsure,
        emergency,
        shown: shown.len(),
        answered,
        incomplete,
    }
}

fn band_of(rules: &[Rule]) -> Band {
    rules
        .iter()
        .map(|r| r.band())
        .max()
        .unwrap_or(Band::NoSigns)
}

/// Delphi combination rule (WCMS_105023): a dimension is positive with at least 2 strong,
/// or 1 strong + 1 other, or 3 medium, or 2 medium + 1 weak indicators. One strong alone is not.
pub fn delphi_positive(grades: &[Grade]) -> bool {
    let strong = grades.iter().filter(|&&g| g == Grade::Strong).count();
    let medium = grades.iter().filter(|&&g| g == Grade::Medium).count();
    let weak = grades.iter().filter(|&&g| g == Grade::Weak).count();
    strong >= 2 || (strong >= 1 && medium + weak >= 1) || medium >= 3 || (medium >= 2 && weak >= 1)
}

/// The signs as scoring counts them: the two halves of a split question
/// ([`crate::screening::Question::part_of`]) are one sign, counted once.
fn units(signs: &[QuestionId]) -> Vec<QuestionId> {
    let mut out: Vec<QuestionId> = Vec::with_capacity(signs.len());
    for q in signs {
        let whole = q.question().part_of.unwrap_or(*q);
        if !out.contains(&whole) {
            out.push(whole);
        }
    }
    out
}

/// Every rule that applies to this set of signs, most serious first.
fn rules_for(signs: &[QuestionId]) -> Vec<Rule> {
    let signs = units(signs);
    let questions = || signs.iter().map(|q| q.question());
    let positive = |d: Dimension| {
        let grades: Vec<Grade> = questions()
            .flat_map(|q| q.delphi.iter())
            .filter(|(dim, _)| *dim == d)
            .map(|(_, g)| *g)
            .collect();
        delphi_positive(&grades)
    };
    let cannot_leave = signs.contains(&QuestionId::A1);
    let involuntary = questions().any(|q| q.icls == Icls::Involuntary);
    let coercion = questions().any(|q| match q.icls {
        Icls::Coercion => true,
        Icls::CoercionIfCannotLeave => cannot_leave,
        _ => false,
    });
    let has = |d: Dimension| questions().any(|q| q.delphi.iter().any(|(x, _)| *x == d));
    let severe = questions().filter(|q| q.severe).count();

    let mut rules = Vec::new();
    let mut add = |applies: bool, rule: Rule| {
        if applies {
            rules.push(rule);
        }
    };
    add(questions().any(|q| q.acute), Rule::Acute);
    add(involuntary && coercion, Rule::ForcedLabour);
    add(positive(Dimension::Coercion), Rule::Coercion);
    add(
        positive(Dimension::DeceptiveRecruitment)
            && positive(Dimension::Exploitation)
            && (positive(Dimension::Coercion) || positive(Dimension::Dependency)),
        Rule::Trafficking,
    );
    add(
        positive(Dimension::Exploitation),
        Rule::ExploitativeConditions,
    );
    add(
        questions().any(|q| q.delphi.contains(&(Dimension::Coercion, Grade::Strong))),
        Rule::StrongCoercionSign,
    );
    add(
        severe >= 1 && (has(Dimension::Dependency) || has(Dimension::RecruitmentVulnerability)),
        Rule::SevereWithDependency,
    );
    add(severe >= 2, Rule::SevereSigns);
    add(questions().any(|q| q.legal), Rule::LegalBreach);
    rules
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::screening::model::{Indicator, QUESTIONS};
    use Answer::*;
    use QuestionId::*;

    fn answers(list: &[(QuestionId, Answer)]) -> Answers {
        list.iter()
            .fold(Answers::default(), |a, &(q, x)| a.with(q, x))
    }

    /// Every question answered with its harmless answer, then the given answers on top.
    fn calm_then(list: &[(QuestionId, Answer)]) -> Answers {
        let mut a = Answers::default();
        for q in &QUESTIONS {
            a.set(q.id, if q.risk == Risk::Yes { No } else { Yes });
        }
        list.iter().fold(a, |a, &(q, x)| a.with(q, x))
    }

    fn band(list: &[(QuestionId, Answer)]) -> Band {
        assess(&calm_then(list), Length::Long).band
    }

    #[test]
    fn every_question_tests_a_known_indicator_or_delphi_item_and_sits_at_its_index() {
        for (i, q) in QUESTIONS.iter().enumerate() {
            assert_eq!(q.id as usize, i, "{:?} is not at its index", q.id);
            assert!(
                !q.delphi.is_empty(),
                "{:?} maps to no Delphi indicator",
                q.id
            );
            // G1 (written terms) is a legal check with no ILO counterpart (FACTS §3: "–").
            assert!(
                !q.indicators.is_empty() || q.id == G1,
                "{:?} maps to no ILO indicator",
                q.id
            );
            for ind in q.indicators {
                assert!(Indicator::ALL.contains(ind));
            }
        }
        assert_eq!(Indicator::ALL.iter().map(|i| i.number()).max(), Some(11));
    }

    #[test]
    fn acute_questions_come_first_and_the_short_check_is_a_subset() {
        let first_non_acute_group = QUESTIONS.iter().position(|q| q.id == C1).unwrap();
        assert!(QUESTIONS
            .iter()
            .skip(first_non_acute_group)
            .all(|q| !q.acute));
        assert_eq!(Length::Short.questions().len(), 10);
        assert_eq!(Length::Long.questions().len(), QUESTION_COUNT);
        for q in Length::Short.questions() {
            assert!(Length::Long.questions().contains(q));
        }
    }

    #[test]
    fn a_split_question_keeps_its_whole_s_mapping_and_follows_it() {
        let parts: Vec<_> = QUESTIONS.iter().filter(|q| q.part_of.is_some()).collect();
        assert_eq!(
            parts.iter().map(|q| q.id).collect::<Vec<_>>(),
            vec![G2b, J1b]
        );
        for q in parts {
            let whole = q.part_of.unwrap().question();
            assert_eq!(whole.part_of, None, "{:?}: a part of a part", q.id);
            assert_eq!(
                q.id as usize,
                whole.id as usize + 1,
                "{:?} is asked apart",
                q.id
            );
            assert_eq!(
                (q.group, q.indicators, q.delphi, q.icls, q.risk),
                (
                    whole.group,
                    whole.indicators,
                    whole.delphi,
                    whole.icls,
                    whole.risk
                ),
                "{:?} maps differently from {:?}",
                q.id,
                whole.id
            );
            assert_eq!(
                (q.legal, q.acute, q.severe, q.only_if),
                (whole.legal, whole.acute, whole.severe, whole.only_if)
            );
            for length in [Length::Short, Length::Long] {
                assert_eq!(
                    length.questions().contains(&q.id),
                    length.questions().contains(&whole.id)
                );
            }
        }
    }

    #[test]
    fn delphi_combinations() {
        use Grade::*;
        assert!(!delphi_positive(&[Strong]));
        assert!(delphi_positive(&[Strong, Strong]));
        assert!(delphi_positive(&[Strong, Weak]));
        assert!(!delphi_positive(&[Medium, Medium]));
        assert!(delphi_positive(&[Medium, Medium, Medium]));
        assert!(delphi_positive(&[Medium, Medium, Weak]));
        assert!(!delphi_positive(&[Medium, Weak, Weak]));
    }

    /// A named case: answers on top of a calm check, and the band they must give.
    type Case = (&'static str, &'static [(QuestionId, Answer)], Band);

    /// Table of cases from FACTS §1.5 "Unit-test fixtures" and one per band.
    #[test]
    fn bands_from_the_facts_table() {
        let cases: &[Case] = &[
            ("nothing wrong", &[], Band::NoSigns),
            (
                "long hours alone: illegal, not yet exploitation",
                &[(F1, Yes)],
                Band::Unfair,
            ),
            ("pay below minimum wage alone", &[(E1, No)], Band::Unfair),
            (
                "no health insurance alone (lawful for seasonal work)",
                &[(G3, No)],
                Band::NoSigns,
            ),
            (
                "debt alone: one strong coercion sign is band 2, not 3",
                &[(C1, Yes)],
                Band::Exploitation,
            ),
            (
                "cannot use own phone alone",
                &[(J1, No)],
                Band::Exploitation,
            ),
            (
                "long hours + below minimum wage: Delphi exploitation",
                &[(F1, Yes), (E1, No)],
                Band::Exploitation,
            ),
            (
                "two severe signs",
                &[(H1, Yes), (E2, Yes)],
                Band::Exploitation,
            ),
            (
                "severe sign + dependency (employer housing)",
                &[(H1, Yes), (D1, Yes)],
                Band::Exploitation,
            ),
            (
                "documents kept alone: acute",
                &[(B1, Yes)],
                Band::ForcedLabour,
            ),
            ("locked in: acute", &[(A2, Yes)], Band::ForcedLabour),
            ("violence: acute", &[(A3, Yes)], Band::ForcedLabour),
            (
                "deception + threats: ICLS involuntary AND coercion",
                &[(I1, Yes), (A4, Yes)],
                Band::ForcedLabour,
            ),
            (
                "cannot leave + threats",
                &[(A1, No), (A4, Yes)],
                Band::ForcedLabour,
            ),
            (
                "debt + cannot use phone: Delphi coercion positive",
                &[(C1, Yes), (J1, No)],
                Band::ForcedLabour,
            ),
            (
                "wages withheld alone is not coercion",
                &[(E2, Yes)],
                Band::Unfair,
            ),
            (
                "wages withheld + cannot leave: coercion",
                &[(E2, Yes), (A1, No)],
                Band::ForcedLabour,
            ),
            (
                "threats alone: coercion without involuntariness",
                &[(A4, Yes)],
                Band::NoSigns,
            ),
            (
                "paid leave, but no pay when sick: the half of G2 that used to be lost",
                &[(G2b, No)],
                Band::Unfair,
            ),
            ("no paid leave alone", &[(G2, No)], Band::Unfair),
            (
                "no contact with family and friends alone",
                &[(J1b, No)],
                Band::Exploitation,
            ),
            (
                "own phone and contact both cut: still one isolation sign, as before the split",
                &[(J1, No), (J1b, No)],
                Band::Exploitation,
            ),
            (
                "no leave and no sick pay: one D4 sign, + below minimum wage = 2 medium, not 3",
                &[(G2, No), (G2b, No), (E1, No)],
                Band::Unfair,
            ),
        ];
        for (name, list, expected) in cases {
            assert_eq!(band(list), *expected, "{name}");
        }
    }

    #[test]
    fn trafficking_needs_the_delphi_combination() {
        // Deceptive recruitment (S + M) and exploitation (S + M) are positive, but neither
        // coercion nor dependency is: exploitation, not trafficking.
        let base = [(I1, Yes), (C2, Yes), (F1, Yes), (E1, No)];
        let a = assess(&calm_then(&base), Length::Long);
        assert_eq!(a.band, Band::Exploitation);
        assert!(!a.rules.contains(&Rule::Trafficking));
        // Add dependency at the destination (3 × medium): all three Palermo elements.
        let mut more = base.to_vec();
        more.extend([(D1, Yes), (J2, Yes), (J2b, Yes)]);
        let a = assess(&calm_then(&more), Length::Long);
        assert_eq!(a.band, Band::ForcedLabour);
        assert!(a.rules.contains(&Rule::Trafficking));
        // Without deceptive recruitment, the same is no trafficking.
        let without: Vec<_> = more.iter().copied().filter(|(q, _)| *q != C2).collect();
        assert!(!assess(&calm_then(&without), Length::Long)
            .rules
            .contains(&Rule::Trafficking));
    }

    #[test]
    fn all_skipped_is_not_enough_answers_not_no_signs() {
        for length in [Length::Short, Length::Long] {
            let a = assess(&Answers::default(), length);
            assert_eq!(a.outcome, Outcome::NotEnoughAnswers);
            assert!(a.incomplete);
            assert_eq!(a.answered, 0);
        }
        // A sign still counts when much was skipped, but the result says it is incomplete.
        let a = assess(&answers(&[(B1, Yes)]), Length::Long);
        assert_eq!(a.outcome, Outcome::Band(Band::ForcedLabour));
        assert!(a.incomplete);
        // All answered "no problem": complete, no signs.
        let a = assess(&calm_then(&[]), Length::Short);
        assert_eq!(
            (a.outcome, a.incomplete),
            (Outcome::Band(Band::NoSigns), false)
        );
    }

    #[test]
    fn unsure_on_an_acute_question_shows_the_emergency_box_but_keeps_the_band() {
        let a = assess(&calm_then(&[(A2, Unsure)]), Length::Long);
        assert_eq!(a.band, Band::NoSigns);
        assert_eq!(a.possible, Band::ForcedLabour);
        assert!(a.emergency);
        assert_eq!(a.unsure, vec![A2]);
        assert!(!assess(&calm_then(&[(F1, Unsure)]), Length::Long).emergency);
    }

    #[test]
    fn the_housing_follow_up_counts_only_when_asked() {
        let a = assess(&calm_then(&[(D1, No), (D2, Yes), (H1, Yes)]), Length::Long);
        assert!(!a.signs.contains(&D2));
        assert_eq!(a.band, Band::Unfair);
        assert_eq!(a.shown, QUESTION_COUNT - 1);
        let a = assess(&calm_then(&[(D1, Yes), (D2, Yes)]), Length::Long);
        assert!(a.signs.contains(&D2));
    }

    #[test]
    fn the_short_check_ignores_answers_to_long_only_questions() {
        let a = assess(&calm_then(&[(J1, No)]), Length::Short);
        assert_eq!(a.band, Band::NoSigns);
        assert_eq!(a.shown, 10);
    }

    /// A small deterministic generator (xorshift), so the property test needs no dependency.
    fn random_answers(seed: &mut u64) -> Answers {
        let mut a = Answers::default();
        for q in &QUESTIONS {
            *seed ^= *seed << 13;
            *seed ^= *seed >> 7;
            *seed ^= *seed << 17;
            a.set(q.id, Answer::ALL[(*seed % 4) as usize]);
        }
        a
    }

    #[test]
    fn one_more_sign_never_lowers_the_band_and_unsure_never_changes_it() {
        let mut seed = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..4000 {
            let a = random_answers(&mut seed);
            for length in [Length::Short, Length::Long] {
                let before = assess(&a, length);
                assert!(before.possible >= before.band);
                for q in &QUESTIONS {
                    let risk = if q.risk == Risk::Yes { Yes } else { No };
                    let after = assess(&a.with(q.id, risk), length);
                    assert!(
                        after.band >= before.band,
                        "{:?}: {:?} → {:?} for {a:?}",
                        q.id,
                        before.band,
                        after.band
                    );
                    if a.get(q.id) == Skip {
                        let unsure = assess(&a.with(q.id, Unsure), length);
                        assert_eq!(
                            unsure.band, before.band,
                            "unsure on {:?} changed the band",
                            q.id
                        );
                        assert!(unsure.possible >= before.possible);
                    }
                }
            }
        }
    }

    #[test]
    fn skip_never_counts_as_a_sign() {
        let mut seed = 42;
        for _ in 0..500 {
            let a = random_answers(&mut seed);
            let b = assess(&a, Length::Long);
            for q in &b.signs {
                assert_ne!(a.get(*q), Skip);
            }
        }
    }
}
