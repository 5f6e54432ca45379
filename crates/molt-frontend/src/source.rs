//! Source files and positions.

use ruff_text_size::TextSize;

/// A parsed source file: its path and text, with line starts for mapping
/// byte offsets to 1-based lines and columns.
#[derive(Debug)]
pub struct SourceFile {
    /// Path as shown in tracebacks and diagnostics.
    pub path: String,
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    pub fn new(path: String, text: String) -> SourceFile {
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        SourceFile { path, text, line_starts }
    }

    /// 1-based line of a byte offset.
    pub fn line(&self, offset: TextSize) -> u32 {
        let off = usize::from(offset);
        match self.line_starts.binary_search(&off) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// 1-based column (in characters) of a byte offset.
    pub fn column(&self, offset: TextSize) -> u32 {
        let off = usize::from(offset).min(self.text.len());
        let start = self.line_starts[self.line(offset) as usize - 1];
        self.text.get(start..off).map_or(1, |s| s.chars().count() as u32 + 1)
    }

    /// The text of a 1-based line, without its newline.
    pub fn line_text(&self, line: u32) -> &str {
        let i = (line as usize).saturating_sub(1);
        let Some(&start) = self.line_starts.get(i) else {
            return "";
        };
        let end = self.line_starts.get(i + 1).copied().unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }
}
