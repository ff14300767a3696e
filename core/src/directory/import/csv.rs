//! The CSV reader for the official files: a few lines of our own rather than a crate, for
//! the reason given in the parent module.

use std::collections::HashMap;

use super::super::{DataErrors, Problem, RowError};

/// One CSV record: its first line number and its fields.
pub(super) struct Record {
    pub(super) line: usize,
    pub(super) fields: Vec<String>,
}

/// RFC 4180: commas, double quotes, `""` inside quotes, line breaks inside quotes.
pub(super) fn read_csv(text: &str) -> Vec<Record> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let (mut fields, mut field) = (Vec::new(), String::new());
    let (mut line, mut start_line, mut quoted, mut any) = (1, 1, false, false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => {
                if c == '\n' {
                    line += 1;
                }
                field.push(c);
            }
            (false, '"') => quoted = true,
            (false, ',') => fields.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                fields.push(std::mem::take(&mut field));
                records.push(Record { line: start_line, fields: std::mem::take(&mut fields) });
                line += 1;
                start_line = line;
                any = false;
                continue;
            }
            (false, c) => field.push(c),
        }
        any = true;
    }
    if any {
        fields.push(field);
        records.push(Record { line: start_line, fields });
    }
    records
}

/// A CSV table with columns looked up by header name.
pub(super) struct Table {
    pub(super) file: String,
    columns: HashMap<String, usize>,
    pub(super) records: Vec<Record>,
}

impl Table {
    pub(super) fn read(file: &str, text: &str, required: &[&str]) -> Result<Self, DataErrors> {
        let mut records = read_csv(text);
        let missing =
            |problem| DataErrors(vec![RowError { file: file.into(), line: 1, row: "header".into(), problem }]);
        if records.is_empty() {
            return Err(missing(Problem::Empty("file")));
        }
        let header = records.remove(0);
        let columns: HashMap<String, usize> =
            header.fields.iter().enumerate().map(|(i, h)| (h.trim().to_lowercase(), i)).collect();
        for name in required {
            if !columns.contains_key(*name) {
                return Err(missing(Problem::UnknownRecord(format!("missing column {name}"))));
            }
        }
        records.retain(|r| r.fields.iter().any(|f| !f.trim().is_empty()));
        Ok(Table { file: file.into(), columns, records })
    }

    pub(super) fn get<'r>(&self, record: &'r Record, column: &str) -> &'r str {
        self.columns.get(column).and_then(|&i| record.fields.get(i)).map(|s| s.trim()).unwrap_or("")
    }

    pub(super) fn error(&self, record: &Record, row: String, problem: Problem) -> RowError {
        RowError { file: self.file.clone(), line: record.line, row, problem }
    }
}

/// Collapses whitespace and removes the bundle's separators from a text field.
pub(super) fn clean(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c.is_control() || c == '|')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_reader_handles_quotes_and_line_breaks() {
        let records = read_csv("a,b,c\n1,\"x, \"\"y\"\"\",3\r\n2,\"San Juan de\n Lopecancha\",4\n\n5,,\n");
        let got: Vec<(usize, Vec<&str>)> =
            records.iter().map(|r| (r.line, r.fields.iter().map(String::as_str).collect())).collect();
        assert_eq!(
            got,
            vec![
                (1, vec!["a", "b", "c"]),
                (2, vec!["1", "x, \"y\"", "3"]),
                (3, vec!["2", "San Juan de\n Lopecancha", "4"]),
                (5, vec![""]),
                (6, vec!["5", "", ""]),
            ]
        );
    }

    #[test]
    fn fields_are_cleaned_of_separators() {
        assert_eq!(clean("  San Juan de\n Lopecancha\t| x "), "San Juan de Lopecancha x");
    }
}
