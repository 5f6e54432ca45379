//! `str.format`: replacement fields `{name!conv:spec}` with automatic or
//! manual numbering, attribute and index lookups, and nested fields in the
//! spec.

use molt_abi::Value;
use molt_abi::ops::Conversion;

use crate::builtins::{int, str as pystr};
use crate::call::KwArgs;
use crate::error::{PyResult, index_error, key_error, value_error};
use crate::object::Obj;
use crate::protocol;

/// `fmt.format(*args, **kwargs)`.
pub fn format_method(fmt: Value, args: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    let mut state = State { args, names: Names::Keywords(kw), auto: 0, mode: Numbering::Unknown };
    let out = render(pystr::as_str(fmt), &mut state, 0)?;
    Ok(pystr::new(&out))
}

/// `fmt.format_map(mapping)`: named fields are `mapping[name]`, so dict
/// subclasses with `__missing__` work; positional fields are an error.
pub fn format_map(fmt: Value, mapping: Value) -> PyResult<Obj> {
    let mut state = State { args: &[], names: Names::Mapping(mapping), auto: 0, mode: Numbering::Unknown };
    let out = render(pystr::as_str(fmt), &mut state, 0)?;
    Ok(pystr::new(&out))
}

/// Where named fields come from.
enum Names<'a> {
    Keywords(&'a KwArgs<'a>),
    Mapping(Value),
}

#[derive(PartialEq)]
enum Numbering {
    Unknown,
    Auto,
    Manual,
}

struct State<'a> {
    args: &'a [Value],
    names: Names<'a>,
    auto: usize,
    mode: Numbering,
}

fn render(fmt: &str, st: &mut State, depth: usize) -> PyResult<String> {
    if depth > 2 {
        return Err(value_error("Max string recursion exceeded"));
    }
    // Every delimiter is ASCII, so scanning the UTF-8 bytes is exact.
    let b = fmt.as_bytes();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut i = 0;
    while i < b.len() {
        let literal_end = b[i..].iter().position(|&c| c == b'{' || c == b'}').map_or(b.len(), |k| i + k);
        out.push_str(&fmt[i..literal_end]);
        i = literal_end;
        if i == b.len() {
            break;
        }
        if b[i] == b'}' {
            if b.get(i + 1) == Some(&b'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(value_error("Single '}' encountered in format string"));
        }
        if b.get(i + 1) == Some(&b'{') {
            out.push('{');
            i += 2;
            continue;
        }
        // Find the matching close brace, allowing nested braces in the spec.
        let mut j = i + 1;
        let mut nest = 1;
        let mut bracket = false;
        while j < b.len() {
            match b[j] {
                b'[' => bracket = true,
                b']' => bracket = false,
                b'{' if !bracket => nest += 1,
                b'}' if !bracket => {
                    nest -= 1;
                    if nest == 0 {
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        if j >= b.len() {
            return Err(value_error(if nest > 1 { "expected '}' before end of string" } else { "Single '{' encountered in format string" }));
        }
        let r = replace_field(&fmt[i + 1..j], st, depth)?;
        out.push_str(pystr::as_str(r.v()));
        i = j + 1;
    }
    Ok(out)
}

fn replace_field(field: &str, st: &mut State, depth: usize) -> PyResult<Obj> {
    // Split name, conversion and spec (the spec may contain '!' and ':').
    let mut name_end = field.len();
    let mut in_bracket = false;
    for (k, c) in field.char_indices() {
        match c {
            '[' => in_bracket = true,
            ']' => in_bracket = false,
            '!' | ':' if !in_bracket => {
                name_end = k;
                break;
            }
            _ => {}
        }
    }
    let name = &field[..name_end];
    let rest = &field[name_end..];
    let (conv, spec) = if let Some(r) = rest.strip_prefix('!') {
        let mut cs = r.chars();
        let code = cs.next().ok_or_else(|| value_error("end of string while looking for conversion specifier"))?;
        let after = cs.as_str();
        let conv = match code {
            's' => Conversion::Str,
            'r' => Conversion::Repr,
            'a' => Conversion::Ascii,
            other => return Err(value_error(format!("Unknown conversion specifier {other}"))),
        };
        match after.strip_prefix(':') {
            Some(spec) => (conv, spec),
            None if after.is_empty() => (conv, ""),
            None => return Err(value_error("expected ':' after conversion specifier")),
        }
    } else if let Some(spec) = rest.strip_prefix(':') {
        (Conversion::None, spec)
    } else {
        (Conversion::None, "")
    };
    let value = resolve(name, st)?;
    let spec_obj = if spec.contains('{') { pystr::new(&render(spec, st, depth + 1)?) } else { pystr::new(spec) };
    crate::format::format_field(value.v(), spec_obj.v(), conv)
}

/// Resolves `first.attr[index]...`.
fn resolve(name: &str, st: &mut State) -> PyResult<Obj> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut value = if first.is_empty() {
        if st.mode == Numbering::Manual {
            return Err(value_error("cannot switch from manual field specification to automatic field numbering"));
        }
        st.mode = Numbering::Auto;
        let i = st.auto;
        st.auto += 1;
        positional(st, i)?
    } else if let Ok(i) = first.parse::<usize>() {
        if st.mode == Numbering::Auto {
            return Err(value_error("cannot switch from automatic field numbering to manual field specification"));
        }
        st.mode = Numbering::Manual;
        positional(st, i)?
    } else {
        match st.names {
            Names::Keywords(kw) => match kw.get(first) {
                Some(v) => Obj::from_borrowed(v),
                None => return Err(key_error(pystr::new(first).v())),
            },
            Names::Mapping(m) => protocol::getitem(m, pystr::new(first).v())?,
        }
    };
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = pystr::new(&r[..end]);
            value = protocol::getattr(value.v(), attr.v())?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']').ok_or_else(|| value_error("Missing ']' in format string"))?;
            let key_text = &r[..end];
            let key = match key_text.parse::<i64>() {
                Ok(i) => int::from_i64(i),
                Err(_) => pystr::new(key_text),
            };
            value = protocol::getitem(value.v(), key.v())?;
            rest = &r[end + 1..];
        } else {
            return Err(value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(value)
}

fn positional(st: &State, i: usize) -> PyResult<Obj> {
    if let Names::Mapping(_) = st.names {
        return Err(value_error("Format string contains positional fields"));
    }
    match st.args.get(i) {
        Some(&v) => Ok(Obj::from_borrowed(v)),
        None => Err(index_error(format!("Replacement index {i} out of range for positional args tuple"))),
    }
}
