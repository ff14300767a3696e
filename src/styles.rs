//! The widget's stylesheet: each component's and each screen's CSS sits next to its code
//! and is joined here at compile time, then adopted by the shadow root (see `mount.rs`).

pub const WIDGET_CSS: &str = concat!(
    include_str!("app.css"),
    include_str!("components/quick_exit.css"),
    include_str!("components/language_picker.css"),
    include_str!("components/helpline_card.css"),
    include_str!("components/main_menu.css"),
    include_str!("components/back_to_start.css"),
    include_str!("components/place_card.css"),
    include_str!("components/urgent_line.css"),
    include_str!("screens/safety_note.css"),
    include_str!("screens/rights.css"),
    include_str!("screens/assessment/assessment.css"),
    include_str!("screens/locator/locator.css"),
);
