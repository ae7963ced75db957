//! What can go wrong bringing a file into the page, as facts: the browser layer reports them
//! and the words layer says them.

/// Why a file could not be taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileError {
    /// No file was chosen.
    NoneChosen,
    /// The chosen file is larger than [`MAX_IMPORT_BYTES`].
    TooLarge,
    /// The file could not be read.
    Unreadable,
    /// A file of the site could not be downloaded.
    DownloadFailed,
    /// The downloaded text belongs to another version of the site.
    AnotherVersion,
}

/// The largest file an import reads: far above any real export, far below what could stall a
/// phone.
pub const MAX_IMPORT_BYTES: f64 = 1_000_000.0;
