//! The widget's whole in-memory state and the pure function that changes it.
//!
//! Nothing here is ever written anywhere: the state lives in the page's memory and
//! [`Action::Wipe`] returns it to the first screen with nothing remembered.

/// The screens of the widget. Moving between them never touches browser history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// The interruption note: what quick exit does and what it cannot do.
    SafetyNote,
    /// Start: the key helplines and the menu.
    Home,
    /// The victim's rights under Law 30364, dated and cited.
    Rights,
    /// Every verified helpline.
    Helplines,
    /// A safety plan to read, not to save.
    SafetyPlan,
    /// What the widget can and cannot do for privacy, and safer habits.
    SaferBrowsing,
    /// How a volunteer accompanies someone by phone.
    HelperGuide,
}

impl Screen {
    /// Every screen, for tests and the end-to-end walk.
    pub const ALL: [Screen; 7] = [
        Screen::SafetyNote,
        Screen::Home,
        Screen::Rights,
        Screen::Helplines,
        Screen::SafetyPlan,
        Screen::SaferBrowsing,
        Screen::HelperGuide,
    ];
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppState {
    pub screen: Screen,
    /// The locale shown; one of `l10n::available_ids()`.
    pub lang: &'static str,
    /// The language chosen when the page loaded, restored by a wipe.
    initial_lang: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Show another screen.
    Go(Screen),
    /// The visitor picked another language.
    ChangeLang(&'static str),
    /// Forget everything: quick exit, and later "Borrar respuestas".
    Wipe,
}

impl AppState {
    /// The state of a fresh page load: the safety note comes first, every time.
    pub fn new(lang: &'static str) -> Self {
        Self { screen: Screen::SafetyNote, lang, initial_lang: lang }
    }

    pub fn reduce(&self, action: Action) -> Self {
        match action {
            Action::Go(screen) => Self { screen, ..self.clone() },
            Action::ChangeLang(lang) => Self { lang, ..self.clone() },
            Action::Wipe => Self::new(self.initial_lang),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_load_opens_on_the_safety_note() {
        assert_eq!(AppState::new("es").screen, Screen::SafetyNote);
    }

    #[test]
    fn wipe_forgets_screen_and_language_choice() {
        let s = AppState::new("es").reduce(Action::Go(Screen::Home)).reduce(Action::ChangeLang("en"));
        assert_eq!((s.screen, s.lang), (Screen::Home, "en"));
        assert_eq!(s.reduce(Action::Wipe), AppState::new("es"));
    }
}
