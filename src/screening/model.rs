//! The question set and what each question tests. Pure data: no UI types.
//!
//! Sources: `/work/shared/questionnaire/FACTS.md` §1 (indicators, Delphi grades, ICLS tags)
//! and §3 (question table, short version). Question ids follow the ids there (`Q-A1` → [`QuestionId::A1`]);
//! `Q-I1` is split into two questions (different job vs. worse pay/conditions, graded S and M),
//! and the multi-select `Q-J2` into two yes/no questions, so that every screen asks one thing.
//! `Q-G2` (paid leave, sick pay) and `Q-J1` (own phone, contact with family and friends) asked two
//! facts where "no" is the sign, so someone with one of the two could honestly answer "yes" and
//! the sign was lost: each is asked as two questions now ([`QuestionId::G2b`], [`QuestionId::J1b`]),
//! which count together as the one Delphi indicator they test ([`Question::part_of`]), so no
//! situation scores higher or lower than the one question answered correctly would have.
//!
//! How questions are worded (locale files, checked by `tests/locales.rs`): every question is
//! asked positively, without a negation, because a person confirms a negated question with "no"
//! ("No, I don't get it back") and we would score the opposite. A question asks one fact; where
//! "yes" is the sign it may name several forms of that one sign joined by "or" (any of them is a
//! "yes"); it never joins two facts with "and", and never two facts where "no" is the sign.

/// The 11 ILO indicators of forced labour (ILO SAP-FL booklet, 2012), in booklet order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Indicator {
    /// I1 Abuse of vulnerability.
    Vulnerability,
    /// I2 Deception.
    Deception,
    /// I3 Restriction of movement.
    Movement,
    /// I4 Isolation.
    Isolation,
    /// I5 Physical and sexual violence.
    Violence,
    /// I6 Intimidation and threats.
    Threats,
    /// I7 Retention of identity documents.
    Documents,
    /// I8 Withholding of wages.
    Wages,
    /// I9 Debt bondage.
    Debt,
    /// I10 Abusive working and living conditions.
    Conditions,
    /// I11 Excessive overtime.
    Overtime,
}

impl Indicator {
    /// All eleven, in booklet order.
    pub const ALL: [Indicator; 11] = [
        Indicator::Vulnerability,
        Indicator::Deception,
        Indicator::Movement,
        Indicator::Isolation,
        Indicator::Violence,
        Indicator::Threats,
        Indicator::Documents,
        Indicator::Wages,
        Indicator::Debt,
        Indicator::Conditions,
        Indicator::Overtime,
    ];

    /// The booklet's number, 1 to 11.
    pub fn number(self) -> u8 {
        self as u8 + 1
    }
}

/// A dimension of the ILO/EC Delphi indicators of trafficking for labour exploitation (2009).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Dimension {
    /// D1 Deceptive recruitment.
    DeceptiveRecruitment,
    /// D3 Recruitment by abuse of vulnerability.
    RecruitmentVulnerability,
    /// D4 Exploitative conditions of work.
    Exploitation,
    /// D5 Coercion at destination.
    Coercion,
    /// D6 Abuse of vulnerability at destination.
    Dependency,
}

/// How strongly a Delphi indicator points to trafficking.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Grade {
    Weak,
    Medium,
    Strong,
}

/// The question's role in the ICLS 2018 forced-labour test (involuntary work AND menace of penalty).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Icls {
    /// Evidence that the work is involuntary.
    Involuntary,
    /// Evidence of coercion (menace of a penalty).
    Coercion,
    /// Coercion only when the person also cannot leave (withheld wages, FACTS §3 note `COE*`).
    CoercionIfCannotLeave,
    /// Conditions or a legal breach: neither of the two.
    Conditions,
    /// Context only.
    None,
}

/// The answer that counts as a sign.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Risk {
    Yes,
    No,
}

/// An answer to one question. `Skip` is also what an unanswered question holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Answer {
    Yes,
    No,
    Unsure,
    #[default]
    Skip,
}

impl Answer {
    /// Every answer, in the order the buttons show them.
    pub const ALL: [Answer; 4] = [Answer::Yes, Answer::No, Answer::Unsure, Answer::Skip];
}

/// Thematic group of a question, in the order asked (acute danger first).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Group {
    SafetyNow,
    Documents,
    Debt,
    Housing,
    Pay,
    Hours,
    Contract,
    Health,
    Recruitment,
    Contact,
}

/// Every question of the long check, in the order asked. The discriminant is the index
/// into [`QUESTIONS`] and into [`crate::screening::Answers`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum QuestionId {
    A1,
    A2,
    A3,
    A4,
    B1,
    C1,
    C2,
    D1,
    D2,
    E1,
    E2,
    E3,
    F1,
    F2,
    F3,
    G1,
    G2,
    G2b,
    G3,
    H1,
    H2,
    I1,
    I1b,
    I2,
    J1,
    J1b,
    J2,
    J2b,
}

/// Number of questions in the long check.
pub const QUESTION_COUNT: usize = 28;

impl QuestionId {
    /// The question's data.
    pub fn question(self) -> &'static Question {
        &QUESTIONS[self as usize]
    }
}

/// One question and what it tests.
#[derive(Debug)]
pub struct Question {
    pub id: QuestionId,
    pub group: Group,
    /// ILO forced-labour indicators the question looks for.
    pub indicators: &'static [Indicator],
    /// Delphi dimensions and grades a sign counts in.
    pub delphi: &'static [(Dimension, Grade)],
    pub icls: Icls,
    pub risk: Risk,
    /// A sign breaks a German legal rule (FACTS §2): enough for band 1.
    pub legal: bool,
    /// A sign means acute danger: band 3 and the emergency numbers first.
    pub acute: bool,
    /// In the Servicestelle's list of signs of severe exploitation (FACTS §1.4, §1.5).
    pub severe: bool,
    /// Asked only when this earlier question got this answer.
    pub only_if: Option<(QuestionId, Answer)>,
    /// The second half of a question split so that each screen asks one fact. It has the same
    /// mapping as its first half, and both count as one sign in scoring (one Delphi indicator,
    /// one severe sign), however many of the two are answered with the risk answer.
    pub part_of: Option<QuestionId>,
}

use Dimension as D;
use Grade::{Medium as M, Strong as S};
use Indicator as I;

const fn q(
    id: QuestionId,
    group: Group,
    indicators: &'static [Indicator],
    delphi: &'static [(Dimension, Grade)],
    icls: Icls,
    risk: Risk,
) -> Question {
    Question {
        id,
        group,
        indicators,
        delphi,
        icls,
        risk,
        legal: false,
        acute: false,
        severe: false,
        only_if: None,
        part_of: None,
    }
}

const fn legal(mut x: Question) -> Question {
    x.legal = true;
    x
}
const fn acute(mut x: Question) -> Question {
    x.acute = true;
    x
}
const fn severe(mut x: Question) -> Question {
    x.severe = true;
    x
}

/// The long check (FACTS §3), in the order asked.
pub static QUESTIONS: [Question; QUESTION_COUNT] = {
    use Group::*;
    use QuestionId as Q;
    [
        // A: safety now. "Are you free to leave?" counts when the answer is no.
        q(
            Q::A1,
            SafetyNow,
            &[I::Movement, I::Threats],
            &[(D::Coercion, M)],
            Icls::Involuntary,
            Risk::No,
        ),
        acute(q(
            Q::A2,
            SafetyNow,
            &[I::Movement, I::Isolation],
            &[(D::Coercion, S)],
            Icls::Coercion,
            Risk::Yes,
        )),
        acute(q(
            Q::A3,
            SafetyNow,
            &[I::Violence, I::Threats],
            &[(D::Coercion, S)],
            Icls::Coercion,
            Risk::Yes,
        )),
        q(
            Q::A4,
            SafetyNow,
            &[I::Threats],
            &[(D::Coercion, M)],
            Icls::Coercion,
            Risk::Yes,
        ),
        acute(q(
            Q::B1,
            Documents,
            &[I::Documents],
            &[(D::Coercion, S)],
            Icls::Coercion,
            Risk::Yes,
        )),
        severe(q(
            Q::C1,
            Debt,
            &[I::Debt],
            &[(D::Coercion, S)],
            Icls::Coercion,
            Risk::Yes,
        )),
        q(
            Q::C2,
            Debt,
            &[I::Debt, I::Vulnerability],
            &[(D::DeceptiveRecruitment, M)],
            Icls::None,
            Risk::Yes,
        ),
        q(
            Q::D1,
            Housing,
            &[I::Vulnerability],
            &[(D::Dependency, M)],
            Icls::None,
            Risk::Yes,
        ),
        Question {
            only_if: Some((Q::D1, Answer::Yes)),
            ..severe(q(
                Q::D2,
                Housing,
                &[I::Conditions, I::Wages],
                &[(D::Exploitation, M)],
                Icls::Conditions,
                Risk::Yes,
            ))
        },
        legal(q(
            Q::E1,
            Pay,
            &[I::Wages],
            &[(D::Exploitation, M)],
            Icls::Conditions,
            Risk::No,
        )),
        legal(severe(q(
            Q::E2,
            Pay,
            &[I::Wages],
            &[(D::Coercion, M), (D::Exploitation, M)],
            Icls::CoercionIfCannotLeave,
            Risk::Yes,
        ))),
        legal(q(
            Q::E3,
            Pay,
            &[I::Wages, I::Debt],
            &[(D::Exploitation, M)],
            Icls::Conditions,
            Risk::Yes,
        )),
        legal(severe(q(
            Q::F1,
            Hours,
            &[I::Overtime],
            &[(D::Exploitation, S)],
            Icls::Conditions,
            Risk::Yes,
        ))),
        legal(q(
            Q::F2,
            Hours,
            &[I::Overtime, I::Conditions],
            &[(D::Exploitation, M)],
            Icls::Conditions,
            Risk::Yes,
        )),
        q(
            Q::F3,
            Hours,
            &[I::Overtime, I::Threats],
            &[(D::Coercion, M)],
            Icls::Involuntary,
            Risk::Yes,
        ),
        legal(q(
            Q::G1,
            Contract,
            &[],
            &[(D::Exploitation, M)],
            Icls::Conditions,
            Risk::No,
        )),
        // Paid leave (§ 3 BUrlG) and sick pay (§ 3 EntgFG): one Delphi indicator, "no social
        // protection" (D4·M), asked as two facts.
        legal(q(
            Q::G2,
            Contract,
            &[I::Conditions],
            &[(D::Exploitation, M)],
            Icls::Conditions,
            Risk::No,
        )),
        Question {
            part_of: Some(Q::G2),
            ..legal(q(
                Q::G2b,
                Contract,
                &[I::Conditions],
                &[(D::Exploitation, M)],
                Icls::Conditions,
                Risk::No,
            ))
        },
        // Lawful short-term seasonal work can come without health insurance (FACTS §2.10):
        // no legal flag, so this alone never raises the band.
        q(
            Q::G3,
            Contract,
            &[I::Conditions],
            &[(D::Exploitation, M)],
            Icls::Conditions,
            Risk::No,
        ),
        legal(severe(q(
            Q::H1,
            Health,
            &[I::Conditions],
            &[(D::Exploitation, M)],
            Icls::Conditions,
            Risk::Yes,
        ))),
        severe(q(
            Q::H2,
            Health,
            &[I::Conditions, I::Movement],
            &[(D::Coercion, M), (D::Exploitation, M)],
            Icls::Coercion,
            Risk::Yes,
        )),
        q(
            Q::I1,
            Recruitment,
            &[I::Deception],
            &[(D::DeceptiveRecruitment, S)],
            Icls::Involuntary,
            Risk::Yes,
        ),
        q(
            Q::I1b,
            Recruitment,
            &[I::Deception],
            &[(D::DeceptiveRecruitment, M)],
            Icls::Involuntary,
            Risk::Yes,
        ),
        q(
            Q::I2,
            Recruitment,
            &[I::Vulnerability, I::Isolation, I::Wages],
            &[(D::Exploitation, M), (D::RecruitmentVulnerability, M)],
            Icls::Coercion,
            Risk::Yes,
        ),
        // Own phone, and contact with family and friends: one Delphi indicator, "isolation,
        // confinement or surveillance" (D5·S), asked as two facts.
        q(
            Q::J1,
            Contact,
            &[I::Isolation],
            &[(D::Coercion, S)],
            Icls::Coercion,
            Risk::No,
        ),
        Question {
            part_of: Some(Q::J1),
            ..q(
                Q::J1b,
                Contact,
                &[I::Isolation],
                &[(D::Coercion, S)],
                Icls::Coercion,
                Risk::No,
            )
        },
        q(
            Q::J2,
            Contact,
            &[I::Vulnerability],
            &[(D::Dependency, M)],
            Icls::None,
            Risk::Yes,
        ),
        q(
            Q::J2b,
            Contact,
            &[I::Vulnerability],
            &[(D::Dependency, M)],
            Icls::None,
            Risk::Yes,
        ),
    ]
};

/// Which questions a check asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Length {
    /// Ten questions (FACTS §3 "Short version"): every strong coercion sign, excessive hours,
    /// the main signs of involuntary work and the two commonest pay problems.
    Short,
    /// Every question.
    Long,
}

const SHORT: [QuestionId; 10] = {
    use QuestionId::*;
    [A1, A2, A3, A4, B1, C1, E1, E2, F1, I1]
};

impl Length {
    /// The questions of this check, in the order asked (conditional ones included).
    pub fn questions(self) -> &'static [QuestionId] {
        static LONG: [QuestionId; QUESTION_COUNT] = {
            let mut ids = [QuestionId::A1; QUESTION_COUNT];
            let mut i = 0;
            while i < QUESTION_COUNT {
                ids[i] = QUESTIONS[i].id;
                i += 1;
            }
            ids
        };
        match self {
            Length::Short => &SHORT,
            Length::Long => &LONG,
        }
    }
}
