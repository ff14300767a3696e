//! One component per file; each has its CSS beside it and named example props in
//! [`crate::fixtures`].

mod helpline_card;
mod home;
mod language_picker;
mod quick_exit;
mod safety_note;
mod widget_footer;

pub use helpline_card::{HelplineCard, HelplineCardProps};
pub use home::{Home, HomeProps};
pub use language_picker::{LanguagePicker, LanguagePickerProps};
pub use quick_exit::{QuickExit, QuickExitProps};
pub use safety_note::{SafetyNote, SafetyNoteProps};
pub use widget_footer::{WidgetFooter, WidgetFooterProps};
