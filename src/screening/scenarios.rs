//! Scenario tests: described situations, the answers a person in that situation would truthfully
//! give, and the band that must come out.
//!
//! [`Situation`] holds the facts of a person's working life, one per question. [`truthful`] is
//! the person answering: because every question asks its fact positively (see the module
//! documentation of `model.rs`), the truthful answer is "yes" exactly when the fact is true, for
//! every question, whichever answer the model counts as the sign. A question asked in the
//! negative ("… and you don't get it back?"), or a model that counts the wrong answer, would make
//! a scenario below come out with the wrong band.

use super::model::{Answer, Length, QuestionId, QUESTIONS};
use super::score::{assess, Answers, Band, Outcome};
use super::{next_steps, NextStep};

/// What is true for the person. Each field is the fact one question asks about, worded as the
/// question asks it.
#[derive(Clone, Copy, Debug)]
struct Situation {
    /// A1: free to end this work and leave whenever they want, safe from punishment,
    /// threats and violence.
    free_to_leave: bool,
    /// A2: locked in, guarded, or forbidden to go out alone.
    confined: bool,
    /// A3: hit, hurt, sexually touched against their will, or threatened with it.
    violence: bool,
    /// A4: threatened with consequences if they complain or leave.
    threatened_if_leaving: bool,
    /// B1: someone keeps their passport, ID, permit or bank card, also when they want it back.
    papers_kept: bool,
    /// C1: debts with the employer or agent that stay the same or grow despite the work.
    debt_not_shrinking: bool,
    /// C2: paid money to get this job.
    paid_for_job: bool,
    /// D1: lives in housing provided or arranged by the employer or someone acting for them.
    employer_housing: bool,
    /// D2: that housing is overcrowded, unsafe or dirty, rent comes off the wage, or it is lost
    /// with the job.
    bad_housing: bool,
    /// E1: gets at least the minimum wage per hour on average, counting all hours in the month.
    minimum_wage: bool,
    /// E2: the employer held back wages, or paid much later than agreed.
    wages_held_back: bool,
    /// E3: deductions the employer decided alone, or that are unclear (taxes are allowed).
    unexplained_deductions: bool,
    /// F1: often more than 10 hours a day or more than 6 days a week.
    long_hours: bool,
    /// F2: often less than 11 hours off, or more than 6 hours at a stretch.
    short_rest: bool,
    /// F3: punished or threatened when refusing overtime or extra tasks.
    punished_for_refusing: bool,
    /// G1: got the terms of work in writing (paper or e-mail) in the first week.
    written_terms: bool,
    /// G2: gets paid leave.
    paid_leave: bool,
    /// G2b: keeps getting the normal wage when a doctor has signed them off sick.
    sick_pay: bool,
    /// G3: health-insured through this work.
    health_insured: bool,
    /// H1: dangerous work, and protective clothing or instruction is missing.
    unprotected_danger: bool,
    /// H2: kept from going to a doctor when sick or injured.
    kept_from_doctor: bool,
    /// I1: a different job, employer or place than promised.
    different_job: bool,
    /// I1b: pay, conditions or housing much worse than promised.
    worse_than_promised: bool,
    /// I2: an agent collects the wage or controls contact with the employer.
    middleman: bool,
    /// J1: can use their own phone whenever they want.
    own_phone: bool,
    /// J1b: can talk to family and friends whenever they want.
    contact: bool,
    /// J2: residence or work permit depends on this employer, or no valid permit.
    papers_depend: bool,
    /// J2b: needs this employer to get by here (language, money, alone).
    needs_employer: bool,
}

/// A job where everything is in order.
const FINE: Situation = Situation {
    free_to_leave: true,
    confined: false,
    violence: false,
    threatened_if_leaving: false,
    papers_kept: false,
    debt_not_shrinking: false,
    paid_for_job: false,
    employer_housing: false,
    bad_housing: false,
    minimum_wage: true,
    wages_held_back: false,
    unexplained_deductions: false,
    long_hours: false,
    short_rest: false,
    punished_for_refusing: false,
    written_terms: true,
    paid_leave: true,
    sick_pay: true,
    health_insured: true,
    unprotected_danger: false,
    kept_from_doctor: false,
    different_job: false,
    worse_than_promised: false,
    middleman: false,
    own_phone: true,
    contact: true,
    papers_depend: false,
    needs_employer: false,
};

/// The person's answer to `q`: "yes" when the fact it asks about is true.
fn truthful(q: QuestionId, s: &Situation) -> Answer {
    use QuestionId::*;
    let fact = match q {
        A1 => s.free_to_leave,
        A2 => s.confined,
        A3 => s.violence,
        A4 => s.threatened_if_leaving,
        B1 => s.papers_kept,
        C1 => s.debt_not_shrinking,
        C2 => s.paid_for_job,
        D1 => s.employer_housing,
        D2 => s.bad_housing,
        E1 => s.minimum_wage,
        E2 => s.wages_held_back,
        E3 => s.unexplained_deductions,
        F1 => s.long_hours,
        F2 => s.short_rest,
        F3 => s.punished_for_refusing,
        G1 => s.written_terms,
        G2 => s.paid_leave,
        G2b => s.sick_pay,
        G3 => s.health_insured,
        H1 => s.unprotected_danger,
        H2 => s.kept_from_doctor,
        I1 => s.different_job,
        I1b => s.worse_than_promised,
        I2 => s.middleman,
        J1 => s.own_phone,
        J1b => s.contact,
        J2 => s.papers_depend,
        J2b => s.needs_employer,
    };
    if fact {
        Answer::Yes
    } else {
        Answer::No
    }
}

/// Every question answered truthfully; the questions in `unsure` answered "I don't know".
fn answers(s: &Situation, unsure: &[QuestionId]) -> Answers {
    QUESTIONS.iter().fold(Answers::default(), |a, q| {
        let answer = if unsure.contains(&q.id) {
            Answer::Unsure
        } else {
            truthful(q.id, s)
        };
        a.with(q.id, answer)
    })
}

/// A described situation and the bands the long and the short check must give.
struct Scenario {
    story: &'static str,
    facts: fn(&mut Situation),
    /// Questions the person cannot answer for sure.
    unsure: &'static [QuestionId],
    long: Band,
    short: Band,
    /// The emergency numbers are shown first.
    emergency: bool,
}

const SCENARIOS: &[Scenario] = &[
    Scenario {
        story: "All fine: minimum wage, normal hours, a contract, paid leave and sick pay.",
        facts: |_| {},
        unsure: &[],
        long: Band::NoSigns,
        short: Band::NoSigns,
        emergency: false,
    },
    Scenario {
        story: "Seasonal picker on a lawful short-term job: no health insurance through the job, \
                housing from the farm in good order, rent agreed; everything else fine.",
        facts: |s| {
            s.health_insured = false;
            s.employer_housing = true;
        },
        unsure: &[],
        long: Band::NoSigns,
        short: Band::NoSigns,
        emergency: false,
    },
    Scenario {
        story: "Passport kept: the employer 'keeps it safe' and refuses to give it back; \
                otherwise the job is fine.",
        facts: |s| s.papers_kept = true,
        unsure: &[],
        long: Band::ForcedLabour,
        short: Band::ForcedLabour,
        emergency: true,
    },
    Scenario {
        story: "Locked in the accommodation at night and driven to work under guard; lives in \
                the employer's housing and is not free to leave.",
        facts: |s| {
            s.confined = true;
            s.employer_housing = true;
            s.free_to_leave = false;
        },
        unsure: &[],
        long: Band::ForcedLabour,
        short: Band::ForcedLabour,
        emergency: true,
    },
    Scenario {
        story: "Unpaid wages only: two months' pay held back 'until the end of the season', so \
                on average less than the minimum wage; free to leave, nothing else wrong.",
        facts: |s| {
            s.wages_held_back = true;
            s.minimum_wage = false;
        },
        unsure: &[],
        long: Band::Unfair,
        short: Band::Unfair,
        emergency: false,
    },
    Scenario {
        story: "Paid leave, but no pay when signed off sick (the half of the old compound \
                question that an honest 'yes' used to hide).",
        facts: |s| s.sick_pay = false,
        unsure: &[],
        long: Band::Unfair,
        short: Band::NoSigns,
        emergency: false,
    },
    Scenario {
        story: "Twelve-hour days, six or seven days a week, and less than the minimum wage.",
        facts: |s| {
            s.long_hours = true;
            s.short_rest = true;
            s.minimum_wage = false;
        },
        unsure: &[],
        long: Band::Exploitation,
        short: Band::Exploitation,
        emergency: false,
    },
    Scenario {
        story: "Paid an agent for the job; that debt grows every month; crowded housing from the \
                employer with the rent taken from the wage.",
        facts: |s| {
            s.paid_for_job = true;
            s.debt_not_shrinking = true;
            s.employer_housing = true;
            s.bad_housing = true;
        },
        unsure: &[],
        long: Band::Exploitation,
        short: Band::Exploitation,
        emergency: false,
    },
    Scenario {
        story: "Phone taken away, no contact with family and friends; pay and hours in order.",
        facts: |s| {
            s.own_phone = false;
            s.contact = false;
        },
        unsure: &[],
        long: Band::Exploitation,
        short: Band::NoSigns,
        emergency: false,
    },
    Scenario {
        story: "Promised a warehouse job, put on a building site; threatened with the police and \
                deportation if they leave; not free to go.",
        facts: |s| {
            s.different_job = true;
            s.threatened_if_leaving = true;
            s.free_to_leave = false;
        },
        unsure: &[],
        long: Band::ForcedLabour,
        short: Band::ForcedLabour,
        emergency: false,
    },
    Scenario {
        story: "Wages held back to keep them from leaving: not free to go until 'the season is \
                over'.",
        facts: |s| {
            s.wages_held_back = true;
            s.minimum_wage = false;
            s.free_to_leave = false;
        },
        unsure: &[],
        long: Band::ForcedLabour,
        short: Band::ForcedLabour,
        emergency: false,
    },
    Scenario {
        story: "Works without a valid permit; fair pay and hours, but nothing in writing.",
        facts: |s| {
            s.papers_depend = true;
            s.written_terms = false;
        },
        unsure: &[],
        long: Band::Unfair,
        short: Band::NoSigns,
        emergency: false,
    },
    Scenario {
        story: "Handed the passport over on arrival and has never asked for it back, so does not \
                know whether they would get it.",
        facts: |_| {},
        unsure: &[QuestionId::B1],
        long: Band::NoSigns,
        short: Band::NoSigns,
        emergency: true,
    },
];

#[test]
fn each_described_situation_answered_truthfully_gives_its_band() {
    assert!(SCENARIOS.len() >= 8);
    let mut failures = Vec::new();
    for sc in SCENARIOS {
        let mut s = FINE;
        (sc.facts)(&mut s);
        let a = answers(&s, sc.unsure);
        for (length, want) in [(Length::Long, sc.long), (Length::Short, sc.short)] {
            let got = assess(&a, length);
            if got.band != want || got.outcome != Outcome::Band(want) {
                failures.push(format!(
                    "{:?} check: {:?}, want {:?} (signs {:?}) — {}",
                    length, got.band, want, got.signs, sc.story
                ));
            }
            if got.emergency != sc.emergency && want != Band::ForcedLabour {
                failures.push(format!(
                    "{length:?} check: emergency box {} — {}",
                    got.emergency, sc.story
                ));
            }
            if want == Band::ForcedLabour && next_steps(&got).first() != Some(&NextStep::Danger) {
                failures.push(format!(
                    "{length:?} check: 110 is not the first step — {}",
                    sc.story
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn a_person_for_whom_all_is_fine_shows_no_sign_on_any_question() {
    let a = answers(&FINE, &[]);
    for q in &QUESTIONS {
        assert!(
            !a.is_sign(q.id),
            "{:?} counts the truthful answer of a fine job as a sign",
            q.id
        );
    }
}

/// A question and the change to the facts that makes its truthful answer a sign.
type Flip = (QuestionId, fn(&mut Situation));

#[test]
fn each_fact_alone_makes_exactly_its_own_question_a_sign() {
    // Flip one fact at a time away from FINE: the truthful answer to that question, and only
    // that one, must count. This is where a question's polarity and the model's risk answer
    // must agree.
    use QuestionId::*;
    let flips: &[Flip] = &[
        (A1, |s| s.free_to_leave = false),
        (A2, |s| s.confined = true),
        (A3, |s| s.violence = true),
        (A4, |s| s.threatened_if_leaving = true),
        (B1, |s| s.papers_kept = true),
        (C1, |s| s.debt_not_shrinking = true),
        (C2, |s| s.paid_for_job = true),
        (D1, |s| s.employer_housing = true),
        (E1, |s| s.minimum_wage = false),
        (E2, |s| s.wages_held_back = true),
        (E3, |s| s.unexplained_deductions = true),
        (F1, |s| s.long_hours = true),
        (F2, |s| s.short_rest = true),
        (F3, |s| s.punished_for_refusing = true),
        (G1, |s| s.written_terms = false),
        (G2, |s| s.paid_leave = false),
        (G2b, |s| s.sick_pay = false),
        (G3, |s| s.health_insured = false),
        (H1, |s| s.unprotected_danger = true),
        (H2, |s| s.kept_from_doctor = true),
        (I1, |s| s.different_job = true),
        (I1b, |s| s.worse_than_promised = true),
        (I2, |s| s.middleman = true),
        (J1, |s| s.own_phone = false),
        (J1b, |s| s.contact = false),
        (J2, |s| s.papers_depend = true),
        (J2b, |s| s.needs_employer = true),
    ];
    // D2 is a follow-up: only asked when D1 is yes.
    let mut covered: Vec<QuestionId> = flips.iter().map(|(q, _)| *q).collect();
    covered.push(D2);
    for q in &QUESTIONS {
        assert!(
            covered.contains(&q.id),
            "{:?} has no fact in this test",
            q.id
        );
    }
    for (q, flip) in flips {
        let mut s = FINE;
        flip(&mut s);
        let got = assess(&answers(&s, &[]), Length::Long);
        assert_eq!(got.signs, vec![*q], "flipping the fact of {q:?}");
    }
    let mut s = FINE;
    s.employer_housing = true;
    s.bad_housing = true;
    let got = assess(&answers(&s, &[]), Length::Long);
    assert_eq!(got.signs, vec![D1, D2]);
}
