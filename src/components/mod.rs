//! The parts the screens share, one component per file with its CSS beside it.
//! Screens themselves live in [`crate::screens`].

mod back_to_start;
mod call_links;
mod call_log_note;
mod district_lists;
pub mod district_picker;
pub(crate) mod helpline_card;
mod language_picker;
mod local_contact_card;
mod main_menu;
mod place_card;
mod providers;
mod quick_exit;
mod urgent_line;
mod widget_footer;

pub use back_to_start::{BackToStart, BackToStartProps};
pub use call_links::call_links;
pub use call_log_note::call_log_note;
pub use district_lists::{district_lists, ListNames};
pub use helpline_card::{HelplineCard, HelplineCardProps};
pub use language_picker::{LanguagePicker, LanguagePickerProps};
pub use local_contact_card::local_contact_card;
pub use main_menu::{MainMenu, MainMenuProps};
pub use place_card::{place_name, PlaceCard, PlaceCardProps, PlacePhone};
pub use providers::providers;
pub use quick_exit::{QuickExit, QuickExitProps};
pub use urgent_line::UrgentLine;
pub use widget_footer::{WidgetFooter, WidgetFooterProps};
