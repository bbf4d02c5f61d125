//! What the result screen advises, in which order. Pure: the view maps each step to its text.
//!
//! The order matters most for band 3 and for people whose papers are not in order (FACTS
//! §2.11, §3 "Band 3"; legal check V3, V5): in acute danger, calling the police on 110 comes
//! first and is right even without valid papers. Public bodies (police, authorities, courts)
//! must report an unlawful stay to the foreigners authority (§ 87 AufenthG), so *when there is
//! no acute danger* the advice is to talk to a counselling centre first; that counselling is
//! free and confidential (MAGS NRW portal "Beratung bei Arbeitsausbeutung": "kostenlos und
//! vertraulich"). We do not say that counselling centres never report: we could not source it
//! for every carrier (legal check, FACTS item 30).

use super::model::QuestionId;
use super::score::{Assessment, Band};

/// One piece of advice, in the order shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NextStep {
    /// Keep a record of hours and pay slips.
    Records,
    /// If things change, the local counselling centre helps.
    AskLater,
    /// Collect evidence and keep it safe.
    Evidence,
    /// A counselling centre helps to claim pay and rights.
    Counsel,
    /// Counselling by origin: Faire Mobilität (EU, Central and Eastern Europe) or Faire
    /// Integration (outside the EU).
    Origin,
    /// Talk to a counselling centre before talking to the employer.
    TalkFirst,
    /// Copies of papers, emergency money, a trusted person.
    Safety,
    /// Papers not in order and no acute danger: counselling first, before an authority or the
    /// labour court; counselling is confidential.
    Papers,
    /// In danger now: call 110, also without valid papers.
    Danger,
    /// Specialised counselling for forced labour and trafficking.
    Specialist,
    /// Counselling is free and confidential; ask for your language.
    Free,
}

/// The steps for this assessment, in the order shown.
///
/// The step about papers is shown from band 2 on, and in lower bands whenever the answer about
/// residence (J2: permit tied to the employer, or no valid permit) was a sign or "not sure".
pub fn next_steps(a: &Assessment) -> Vec<NextStep> {
    use NextStep::*;
    let papers = a.signs.contains(&QuestionId::J2) || a.unsure.contains(&QuestionId::J2);
    let mut steps = match a.band {
        Band::NoSigns => vec![Records, AskLater],
        Band::Unfair => vec![Evidence, Counsel, Origin],
        Band::Exploitation => vec![TalkFirst, Evidence, Safety, Papers],
        Band::ForcedLabour => vec![Danger, Specialist, Papers, Safety],
    };
    if papers && !steps.contains(&Papers) {
        steps.push(Papers);
    }
    steps.push(Free);
    steps
}

#[cfg(test)]
mod tests {
    use super::NextStep::*;
    use super::*;
    use crate::screening::{assess, Answer, Answers, Length, QUESTIONS};

    fn calm() -> Answers {
        let mut a = Answers::default();
        for q in &QUESTIONS {
            let harmless = match q.risk {
                crate::screening::Risk::Yes => Answer::No,
                crate::screening::Risk::No => Answer::Yes,
            };
            a.set(q.id, harmless);
        }
        a
    }

    fn steps(list: &[(QuestionId, Answer)]) -> Vec<NextStep> {
        let a = list.iter().fold(calm(), |a, &(q, x)| a.with(q, x));
        next_steps(&assess(&a, Length::Long))
    }

    #[test]
    fn in_band_3_calling_110_comes_first_and_before_the_advice_about_papers() {
        let s = steps(&[(QuestionId::B1, Answer::Yes)]);
        assert_eq!(s.first(), Some(&Danger));
        let pos = |x| s.iter().position(|y| *y == x).unwrap();
        assert!(pos(Danger) < pos(Papers));
        assert!(pos(Papers) < pos(Free));
    }

    #[test]
    fn counselling_is_called_free_and_confidential_in_every_band_as_the_last_step() {
        for list in [
            &[][..],
            &[(QuestionId::F1, Answer::Yes)][..],
            &[(QuestionId::C1, Answer::Yes)][..],
            &[(QuestionId::A2, Answer::Yes)][..],
        ] {
            let s = steps(list);
            assert_eq!(s.last(), Some(&Free), "{list:?}");
            assert_eq!(s.iter().filter(|x| **x == Free).count(), 1);
        }
    }

    #[test]
    fn the_papers_step_shows_whenever_papers_may_be_an_issue() {
        use QuestionId::*;
        // Band 0 and 1 without a sign about papers: not shown.
        assert!(!steps(&[]).contains(&Papers));
        assert!(!steps(&[(G1, Answer::No)]).contains(&Papers));
        // With one, or "not sure": shown, after the band's own steps and before "free".
        for answer in [Answer::Yes, Answer::Unsure] {
            let s = steps(&[(J2, answer), (G1, Answer::No)]);
            assert_eq!(s, vec![Evidence, Counsel, Origin, Papers, Free]);
            let s = steps(&[(J2, answer)]);
            assert_eq!(s, vec![Records, AskLater, Papers, Free]);
        }
        // Bands 2 and 3 always, once.
        for list in [
            &[(C1, Answer::Yes)][..],
            &[(A2, Answer::Yes), (J2, Answer::Yes)][..],
        ] {
            assert_eq!(steps(list).iter().filter(|x| **x == Papers).count(), 1);
        }
    }
}
