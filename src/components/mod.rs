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
pub use call_links::{CallLinks, CallLinksProps};
pub use call_log_note::CallLogNote;
pub use district_lists::{DistrictLists, DistrictListsProps, ListNames};
pub use helpline_card::{HelplineCard, HelplineCardProps};
pub use language_picker::{LanguagePicker, LanguagePickerProps};
pub use local_contact_card::{LocalContactCard, LocalContactCardProps};
pub use main_menu::{MainMenu, MainMenuProps};
pub use place_card::{place_name, PlaceCard, PlaceCardProps, PlacePhone};
pub use providers::{Providers, ProvidersProps};
pub use quick_exit::{QuickExit, QuickExitProps};
pub use urgent_line::UrgentLine;
pub use widget_footer::{WidgetFooter, WidgetFooterProps};
