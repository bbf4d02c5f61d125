use leptos::prelude::*;

use super::text::{group_name, question_text, today};
use super::ResultView;
use crate::i18n::*;
use crate::screening::{Answer, Answers, Length, QUESTION_COUNT};

/// Id of the heading of every self-check screen; it receives focus when the screen changes.
pub const HEADING_ID: &str = "q-heading";

/// Where the person is in the check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Intro,
    /// Position in the list of questions shown (follow-ups depend on earlier answers).
    Question(usize),
    Result,
}

/// The check's state. Memory only: no storage, no URL, no history entry; it dies with the tab.
#[derive(Clone, Copy)]
pub struct Check {
    pub length: RwSignal<Length>,
    pub answers: RwSignal<Answers>,
    pub step: RwSignal<Step>,
    /// Text for the polite live region.
    pub announce: RwSignal<String>,
}

impl Check {
    fn new() -> Self {
        Check {
            length: RwSignal::new(Length::Short),
            answers: RwSignal::new(Answers::default()),
            step: RwSignal::new(Step::Intro),
            announce: RwSignal::new(String::new()),
        }
    }

    /// Starts a check of this length with no answers.
    pub fn start(self, length: Length) {
        self.answers.set(Answers::default());
        self.length.set(length);
        self.step.set(Step::Question(0));
    }

    /// Forgets every answer and goes back to the start.
    pub fn delete(self, message: String) {
        self.answers.set(Answers::default());
        self.step.set(Step::Intro);
        self.announce.set(message);
    }

    fn answer(self, position: usize, answer: Answer) {
        let length = self.length.get_untracked();
        let Some(&q) = self.answers.get_untracked().shown(length).get(position) else {
            return;
        };
        self.answers.update(|a| a.set(q, answer));
        // Count again: a follow-up may have appeared or gone.
        let total = self.answers.get_untracked().shown(length).len();
        self.step.set(if position + 1 < total {
            Step::Question(position + 1)
        } else {
            Step::Result
        });
    }

    /// One screen back: the previous question, or the start.
    pub fn back(self) {
        let total = self
            .answers
            .get_untracked()
            .shown(self.length.get_untracked())
            .len();
        self.step.update(|s| {
            *s = match *s {
                Step::Question(0) | Step::Intro => Step::Intro,
                Step::Question(i) => Step::Question(i - 1),
                Step::Result => Step::Question(total.saturating_sub(1)),
            }
        });
    }
}

/// Moves focus to the current screen's heading once it has rendered.
pub fn focus_heading() {
    crate::a11y::focus_after_render(HEADING_ID);
}

/// The anonymous self-check: start screen, one question per screen, result.
#[component]
pub fn SelfCheck() -> impl IntoView {
    let i18n = use_i18n();
    let check = Check::new();
    // Focus follows the screen. Not on the first run: the check starts hidden.
    Effect::new(move |prev: Option<()>| {
        check.step.track();
        if prev.is_some() {
            focus_heading();
        }
    });
    // The progress is also spoken, politely, when the question changes.
    Effect::new(move |_| {
        if let Step::Question(i) = check.step.get() {
            let total = check
                .answers
                .get_untracked()
                .shown(check.length.get_untracked())
                .len();
            check
                .announce
                .set(t_string!(i18n, q_progress, n = i + 1, total = total).to_string());
        }
    });
    view! {
        <section class="self-check" aria-labelledby=HEADING_ID data-testid="self-check">
            {move || match check.step.get() {
                Step::Intro => view! { <Intro check=check/> }.into_any(),
                Step::Question(i) => view! { <QuestionScreen check=check position=i/> }.into_any(),
                Step::Result => view! { <ResultView check=check/> }.into_any(),
            }}
            <p class="visually-hidden" role="status" aria-live="polite" data-testid="q-announcer">
                {move || check.announce.get()}
            </p>
        </section>
    }
}

#[component]
fn Intro(
    /// The check's state.
    check: Check,
) -> impl IntoView {
    let i18n = use_i18n();
    let short = Length::Short.questions().len();
    view! {
        <h2 id=HEADING_ID tabindex="-1">{t!(i18n, q_intro_heading)}</h2>
        <p>{t!(i18n, q_intro_text)}</p>
        <p>{t!(i18n, q_intro_anonymous)}</p>
        <p>{t!(i18n, q_intro_skip)}</p>
        <p class="q-not-advice">{t!(i18n, q_not_advice)}</p>
        <h3>{t!(i18n, q_intro_choose)}</h3>
        <div class="q-actions">
            <button type="button" class="q-primary" data-testid="q-start-short"
                on:click=move |_| check.start(Length::Short)>
                {move || t_string!(i18n, q_start_short, count = short).to_string()}
            </button>
            <button type="button" class="q-primary" data-testid="q-start-long"
                on:click=move |_| check.start(Length::Long)>
                {move || t_string!(i18n, q_start_long, count = QUESTION_COUNT).to_string()}
            </button>
        </div>
        <SafetyNotice/>
    }
}

/// What this page cannot hide (FACTS §5.3), in plain words.
#[component]
pub fn SafetyNotice() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <aside class="q-safety" data-testid="q-safety">
            <h3>{t!(i18n, q_safety_heading)}</h3>
            <ul>
                <li>{t!(i18n, q_safety_history)}</li>
                <li>{t!(i18n, q_safety_network)}</li>
                <li>{t!(i18n, q_safety_device)}</li>
                <li>{t!(i18n, q_safety_exit)}</li>
            </ul>
        </aside>
    }
}

#[component]
fn QuestionScreen(
    /// The check's state.
    check: Check,
    /// Position in the list of questions shown.
    position: usize,
) -> impl IntoView {
    let i18n = use_i18n();
    let length = check.length.get_untracked();
    let answers = check.answers.get_untracked();
    let shown = answers.shown(length);
    let Some(&q) = shown.get(position) else {
        return view! { <p>{t!(i18n, q_intro_skip)}</p> }.into_any();
    };
    let total = shown.len();
    let current = answers.get(q);
    let date = today();
    let button = move |answer: Answer, testid: &'static str| {
        let label = move || match answer {
            Answer::Yes => t_string!(i18n, q_answer_yes),
            Answer::No => t_string!(i18n, q_answer_no),
            Answer::Unsure => t_string!(i18n, q_answer_unsure),
            Answer::Skip => t_string!(i18n, q_answer_skip),
        };
        // Skip is also the state of an unanswered question, so it is never shown as chosen.
        let pressed =
            (answer != Answer::Skip).then_some(if current == answer { "true" } else { "false" });
        view! {
            <button type="button" class=if answer == Answer::Skip { "q-answer q-skip" } else { "q-answer" }
                data-testid=testid aria-pressed=pressed
                on:click=move |_| check.answer(position, answer)>
                {label}
            </button>
        }
    };
    view! {
        <div class="q-screen" data-testid="q-question" data-question=format!("{q:?}")>
            <p class="q-progress" data-testid="q-progress">
                {move || t_string!(i18n, q_progress, n = position + 1, total = total).to_string()}
            </p>
            <div class="q-bar" aria-hidden="true">
                <span style:inline-size=format!("{}%", (position + 1) * 100 / total)></span>
            </div>
            <p class="q-group">{move || group_name(i18n, q.question().group)}</p>
            <h2 id=HEADING_ID tabindex="-1">{move || question_text(i18n, q, date)}</h2>
            <div class="q-answers" role="group" aria-labelledby=HEADING_ID>
                {button(Answer::Yes, "q-answer-yes")}
                {button(Answer::No, "q-answer-no")}
                {button(Answer::Unsure, "q-answer-unsure")}
                {button(Answer::Skip, "q-answer-skip")}
            </div>
            <div class="q-nav">
                <button type="button" class="q-secondary" data-testid="q-back" on:click=move |_| check.back()>
                    {t!(i18n, q_back)}
                </button>
                <DeleteButton check=check/>
            </div>
        </div>
    }
    .into_any()
}

/// Clears every answer and returns to the start screen.
#[component]
pub fn DeleteButton(
    /// The check's state.
    check: Check,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <button type="button" class="q-secondary q-delete" data-testid="q-delete"
            on:click=move |_| check.delete(t_string!(i18n, q_deleted).to_string())>
            {t!(i18n, q_delete)}
        </button>
    }
}
