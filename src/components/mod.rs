//! One component per file; each has its CSS beside it and named example props in
//! [`crate::fixtures`].

mod about_data;
mod assessment;
mod back_to_start;
pub mod district_picker;
pub(crate) mod helpline_card;
pub(crate) mod helplines;
mod home;
mod language_picker;
mod locator;
mod main_menu;
mod place_card;
mod quick_exit;
mod reading_list;
mod rights;
mod safety_note;
mod urgent_line;
mod widget_footer;

pub use about_data::{AboutData, AboutDataProps};
pub use assessment::{summary_text, Assessment, AssessmentProps, NearbyService};
pub use back_to_start::{BackToStart, BackToStartProps};
pub use helpline_card::{HelplineCard, HelplineCardProps};
pub use helplines::{Helplines, HelplinesProps};
pub use home::{Home, HomeProps};
pub use language_picker::{LanguagePicker, LanguagePickerProps};
pub use locator::{Locator, LocatorProps};
pub use main_menu::{MainMenu, MainMenuProps};
pub use place_card::{PlaceCard, PlaceCardProps, PlacePhone};
pub use quick_exit::{QuickExit, QuickExitProps};
pub use reading_list::{ReadingList, ReadingListProps, Section, HELPER_GUIDE, SAFER_BROWSING, SAFETY_PLAN};
pub use rights::{Rights, RightsProps};
pub use safety_note::{SafetyNote, SafetyNoteProps};
pub use urgent_line::UrgentLine;
pub use widget_footer::{WidgetFooter, WidgetFooterProps};
