//! The "press Shift three times to leave" shortcut, as a pure state machine.
//!
//! It follows the GOV.UK "Exit this page" component, which was researched with people
//! with lived experience of domestic abuse:
//! - only a Shift *released on its own* counts, so Shift used as a modifier
//!   (typing a capital letter) never moves towards an exit;
//! - every counted press restarts a rolling window ([`WINDOW_MS`]); when it runs out
//!   the count resets and the user is told the shortcut expired;
//! - any other key resets the count.
//!
//! Time is passed in (`now_ms`), so the browser shell owns the clock and the timers and
//! every rule here is tested natively.

/// How many separate Shift presses leave the page.
pub const PRESSES_TO_EXIT: u8 = 3;

/// How long, after a counted press, the next one may come before the count resets.
pub const WINDOW_MS: f64 = 5_000.0;

/// One `keyup` seen on the host document, reduced to what the rule needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyUp {
    /// The Shift key itself was released.
    Shift,
    /// Any other key was released; `shift_held` is the event's `shiftKey` flag,
    /// true when Shift was being used as a modifier for this key.
    Other { shift_held: bool },
}

/// What the shell must do after an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShortcutOutcome {
    /// Nothing visible changes.
    Nothing,
    /// A press was counted; announce how many are still needed and schedule an
    /// expiry check at [`ExitShortcut::deadline_ms`].
    Counted { remaining: u8 },
    /// The count went back to zero because another key was pressed; turn the lights off.
    Cancelled,
    /// The window ran out before the last press; say that the shortcut expired.
    Expired,
    /// The third press arrived in time: leave now.
    Exit,
}

/// State of the shortcut for one document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExitShortcut {
    presses: u8,
    last_counted_ms: Option<f64>,
    last_key_was_modified: bool,
}

impl ExitShortcut {
    pub fn new() -> Self {
        Self::default()
    }

    /// How many presses have been counted in the current window (0 to 2).
    pub fn presses(&self) -> u8 {
        self.presses
    }

    /// When the current window closes, if a count is running.
    pub fn deadline_ms(&self) -> Option<f64> {
        if self.presses == 0 {
            return None;
        }
        self.last_counted_ms.map(|t| t + WINDOW_MS)
    }

    /// Feeds one `keyup` from the host document.
    pub fn key_up(&mut self, key: KeyUp, now_ms: f64) -> ShortcutOutcome {
        // A window that already ran out must not count towards this press, even if
        // the shell's timer has not fired yet (timers are throttled in background tabs).
        let expired = self.expire_if_due(now_ms) == ShortcutOutcome::Expired;
        let outcome = match key {
            KeyUp::Shift if !self.last_key_was_modified => {
                self.presses += 1;
                self.last_counted_ms = Some(now_ms);
                if self.presses >= PRESSES_TO_EXIT {
                    self.reset();
                    ShortcutOutcome::Exit
                } else {
                    ShortcutOutcome::Counted { remaining: PRESSES_TO_EXIT - self.presses }
                }
            }
            KeyUp::Shift => ShortcutOutcome::Nothing,
            KeyUp::Other { .. } if self.presses > 0 => {
                self.reset();
                ShortcutOutcome::Cancelled
            }
            KeyUp::Other { .. } if expired => ShortcutOutcome::Expired,
            KeyUp::Other { .. } => ShortcutOutcome::Nothing,
        };
        self.last_key_was_modified = matches!(key, KeyUp::Other { shift_held: true });
        match (outcome, expired) {
            (ShortcutOutcome::Nothing, true) => ShortcutOutcome::Expired,
            _ => outcome,
        }
    }

    /// Called by the shell's timer; resets the count once the window has run out.
    pub fn expire_if_due(&mut self, now_ms: f64) -> ShortcutOutcome {
        match self.deadline_ms() {
            Some(deadline) if now_ms >= deadline => {
                self.reset();
                ShortcutOutcome::Expired
            }
            _ => ShortcutOutcome::Nothing,
        }
    }

    /// Forgets every press: used on exit and when the page is shown again from the
    /// back-forward cache.
    pub fn reset(&mut self) {
        self.presses = 0;
        self.last_counted_ms = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OTHER: KeyUp = KeyUp::Other { shift_held: false };
    const MODIFIED: KeyUp = KeyUp::Other { shift_held: true };

    #[test]
    fn three_presses_in_the_window_exit() {
        let mut s = ExitShortcut::new();
        assert_eq!(s.key_up(KeyUp::Shift, 0.0), ShortcutOutcome::Counted { remaining: 2 });
        assert_eq!(s.key_up(KeyUp::Shift, 1_000.0), ShortcutOutcome::Counted { remaining: 1 });
        assert_eq!(s.key_up(KeyUp::Shift, 2_000.0), ShortcutOutcome::Exit);
        assert_eq!(s.presses(), 0, "exit leaves no count behind");
        assert_eq!(s.deadline_ms(), None);
    }

    #[test]
    fn the_window_rolls_with_each_press() {
        let mut s = ExitShortcut::new();
        s.key_up(KeyUp::Shift, 0.0);
        s.key_up(KeyUp::Shift, 4_900.0);
        assert_eq!(s.deadline_ms(), Some(9_900.0));
        assert_eq!(s.key_up(KeyUp::Shift, 9_800.0), ShortcutOutcome::Exit, "total 9.8 s, but each gap < 5 s");
    }

    #[test]
    fn expiry_is_exactly_at_five_seconds() {
        let mut s = ExitShortcut::new();
        s.key_up(KeyUp::Shift, 100.0);
        assert_eq!(s.expire_if_due(5_099.9), ShortcutOutcome::Nothing);
        assert_eq!(s.presses(), 1);
        assert_eq!(s.expire_if_due(5_100.0), ShortcutOutcome::Expired);
        assert_eq!(s.presses(), 0);
        assert_eq!(s.expire_if_due(9_000.0), ShortcutOutcome::Nothing, "expires only once");
    }

    #[test]
    fn a_late_press_starts_a_new_count_and_reports_the_expiry() {
        let mut s = ExitShortcut::new();
        s.key_up(KeyUp::Shift, 0.0);
        s.key_up(KeyUp::Shift, 1_000.0);
        // The shell's timer never fired (throttled tab); the third press is 6 s later.
        assert_eq!(s.key_up(KeyUp::Shift, 7_000.0), ShortcutOutcome::Counted { remaining: 2 });
        assert_eq!(s.presses(), 1);
    }

    #[test]
    fn a_late_other_key_reports_the_expiry() {
        let mut s = ExitShortcut::new();
        s.key_up(KeyUp::Shift, 0.0);
        assert_eq!(s.key_up(OTHER, 6_000.0), ShortcutOutcome::Expired);
        assert_eq!(s.presses(), 0);
    }

    #[test]
    fn any_other_key_cancels_the_count() {
        let mut s = ExitShortcut::new();
        s.key_up(KeyUp::Shift, 0.0);
        s.key_up(KeyUp::Shift, 100.0);
        assert_eq!(s.key_up(OTHER, 200.0), ShortcutOutcome::Cancelled);
        assert_eq!(s.presses(), 0);
        assert_eq!(s.key_up(KeyUp::Shift, 300.0), ShortcutOutcome::Counted { remaining: 2 });
    }

    #[test]
    fn other_keys_with_no_count_do_nothing() {
        let mut s = ExitShortcut::new();
        assert_eq!(s.key_up(OTHER, 0.0), ShortcutOutcome::Nothing);
        assert_eq!(s.key_up(MODIFIED, 10.0), ShortcutOutcome::Nothing);
    }

    #[test]
    fn shift_used_as_a_modifier_is_ignored() {
        // Typing "ABC": each letter is released with Shift held, then Shift is released.
        let mut s = ExitShortcut::new();
        for (i, _) in "ABC".chars().enumerate() {
            let t = i as f64 * 100.0;
            assert_eq!(s.key_up(MODIFIED, t), ShortcutOutcome::Nothing);
            assert_eq!(s.key_up(KeyUp::Shift, t + 50.0), ShortcutOutcome::Nothing);
        }
        assert_eq!(s.presses(), 0);
        // The next lone Shift counts again.
        assert_eq!(s.key_up(KeyUp::Shift, 1_000.0), ShortcutOutcome::Counted { remaining: 2 });
    }

    #[test]
    fn a_capital_letter_between_presses_cancels_and_is_not_counted() {
        let mut s = ExitShortcut::new();
        s.key_up(KeyUp::Shift, 0.0);
        assert_eq!(s.key_up(MODIFIED, 100.0), ShortcutOutcome::Cancelled);
        assert_eq!(s.key_up(KeyUp::Shift, 150.0), ShortcutOutcome::Nothing, "that Shift was a modifier");
        assert_eq!(s.key_up(KeyUp::Shift, 200.0), ShortcutOutcome::Counted { remaining: 2 });
    }

    #[test]
    fn reset_clears_the_count() {
        let mut s = ExitShortcut::new();
        s.key_up(KeyUp::Shift, 0.0);
        s.key_up(KeyUp::Shift, 10.0);
        s.reset();
        assert_eq!(s.presses(), 0);
        assert_eq!(s.deadline_ms(), None);
        assert_eq!(s.key_up(KeyUp::Shift, 20.0), ShortcutOutcome::Counted { remaining: 2 });
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        fn key() -> impl Strategy<Value = KeyUp> {
            prop_oneof![
                3 => Just(KeyUp::Shift),
                1 => Just(OTHER),
                1 => Just(MODIFIED),
            ]
        }

        /// A reference model written the way a person states the rule: exit when the
        /// last three keys released were lone Shifts, each within 5 s of the one before,
        /// none of them the release of a Shift used as a modifier, and no exit or expiry in between.
        fn model(events: &[(KeyUp, f64)]) -> Vec<bool> {
            let mut exits = Vec::new();
            let mut run: Vec<f64> = Vec::new();
            let mut prev_modified = false;
            for &(k, t) in events {
                if let Some(&last) = run.last() {
                    if t >= last + WINDOW_MS {
                        run.clear();
                    }
                }
                let mut exit = false;
                match k {
                    KeyUp::Shift if !prev_modified => {
                        run.push(t);
                        if run.len() == 3 {
                            exit = true;
                            run.clear();
                        }
                    }
                    KeyUp::Shift => {}
                    KeyUp::Other { .. } => run.clear(),
                }
                prev_modified = matches!(k, KeyUp::Other { shift_held: true });
                exits.push(exit);
            }
            exits
        }

        proptest! {
            #[test]
            fn agrees_with_the_reference_model(
                steps in proptest::collection::vec((key(), 0.0f64..7_000.0), 0..40)
            ) {
                let mut t = 0.0;
                let events: Vec<(KeyUp, f64)> =
                    steps.into_iter().map(|(k, dt)| { t += dt; (k, t) }).collect();
                let mut s = ExitShortcut::new();
                let got: Vec<bool> =
                    events.iter().map(|&(k, t)| s.key_up(k, t) == ShortcutOutcome::Exit).collect();
                prop_assert_eq!(got, model(&events));
            }

            #[test]
            fn never_exits_without_three_lone_shifts(
                steps in proptest::collection::vec((key(), 0.0f64..7_000.0), 0..40)
            ) {
                let mut s = ExitShortcut::new();
                let mut t = 0.0;
                let mut lone_shifts = 0;
                for (k, dt) in steps {
                    t += dt;
                    if k == KeyUp::Shift { lone_shifts += 1; }
                    if s.key_up(k, t) == ShortcutOutcome::Exit {
                        prop_assert!(lone_shifts >= 3);
                        lone_shifts = 0;
                    }
                    prop_assert!(s.presses() < PRESSES_TO_EXIT);
                }
            }
        }
    }
}
