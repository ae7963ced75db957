//! One hash for the whole build: the content build (`build.rs`, which includes this file) stamps
//! each text file with it and the app checks a fetched file against that stamp.

/// A 64-bit FNV-1a hash: enough to tell one build's text from another's.
pub fn hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}
