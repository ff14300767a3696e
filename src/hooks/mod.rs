mod use_directory;
mod use_exit_shortcut;
mod use_l10n;
mod use_wipe_on_leave;

pub use use_directory::{use_directory, DirectoryState, UseDirectoryHandle};
pub use use_exit_shortcut::{use_exit_shortcut, ShortcutAnnouncement, UseExitShortcutHandle};
pub use use_l10n::use_l10n;
pub use use_wipe_on_leave::use_wipe_on_leave;
