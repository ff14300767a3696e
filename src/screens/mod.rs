//! The screens of the widget, one per [`crate::state::Screen`], each with its CSS beside
//! it. [`crate::app::screen_view`] picks the one to draw; the parts they share are in
//! [`crate::components`].

mod about_data;
mod assessment;
mod helplines;
mod home;
mod locator;
mod reading_list;
mod rights;
mod safety_note;

pub use about_data::{AboutData, AboutDataProps};
pub use assessment::{summary_text, Assessment, AssessmentProps, NearbyService};
pub use helplines::{Helplines, HelplinesProps};
pub use home::{Home, HomeProps};
pub use locator::{Locator, LocatorProps};
pub use reading_list::{ReadingList, ReadingListProps, Section, HELPER_GUIDE, SAFER_BROWSING, SAFETY_PLAN};
pub use rights::{Rights, RightsProps};
pub use safety_note::{SafetyNote, SafetyNoteProps};
