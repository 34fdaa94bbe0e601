//! Values straight between the model and Python objects: no JSON, no
//! marshal. The same mapping as the harness's `encode` (docs/values.md):
//! subclasses are their base value, anything else is opaque.

use judge_model::{CaseInput, Value};
use num_bigint::BigInt;
use pyo3::prelude::*;
use pyo3::types::{
    PyBool, PyByteArray, PyBytes, PyDict, PyFloat, PyFrozenSet, PyInt, PyList, PySet, PyString, PyTuple,
};

/// Deeper than this, a value is shown by its repr (a self-containing list
/// would otherwise never end).
const MAX_DEPTH: usize = 400;

/// A Python object as a value.
pub(crate) fn to_value(obj: &Bound<'_, PyAny>) -> Value {
    convert(obj, 0)
}

fn convert(obj: &Bound<'_, PyAny>, depth: usize) -> Value {
    if depth > MAX_DEPTH {
        return opaque(obj);
    }
    if obj.is_none() {
        return Value::None;
    }
    // exact types first: the common case, and the cheapest checks
    if let Ok(b) = obj.cast_exact::<PyBool>() {
        return Value::Bool(b.is_true());
    }
    if let Ok(s) = obj.cast_exact::<PyString>() {
        return match s.to_str() {
            Ok(text) => Value::Str(text.to_owned()),
            Err(_) => opaque(obj), // lone surrogates
        };
    }
    if obj.is_exact_instance_of::<PyInt>() {
        return int(obj).unwrap_or_else(|| opaque(obj));
    }
    if let Ok(f) = obj.cast_exact::<PyFloat>() {
        return Value::Float(f.value());
    }
    let items =
        |it: &mut dyn Iterator<Item = Bound<'_, PyAny>>| -> Vec<Value> { it.map(|x| convert(&x, depth + 1)).collect() };
    if let Ok(l) = obj.cast::<PyList>() {
        return Value::List(items(&mut l.iter()));
    }
    if let Ok(t) = obj.cast::<PyTuple>() {
        return Value::Tuple(items(&mut t.iter()));
    }
    if let Ok(d) = obj.cast::<PyDict>() {
        return Value::Dict(
            d.iter()
                .map(|(k, v)| (convert(&k, depth + 1), convert(&v, depth + 1)))
                .collect(),
        );
    }
    if let Ok(s) = obj.cast::<PyFrozenSet>() {
        return Value::FrozenSet(items(&mut s.iter()));
    }
    if let Ok(s) = obj.cast::<PySet>() {
        return Value::Set(items(&mut s.iter()));
    }
    if let Ok(b) = obj.cast::<PyBytes>() {
        return Value::Bytes(b.as_bytes().to_vec());
    }
    if let Ok(b) = obj.cast::<PyByteArray>() {
        return Value::Bytes(b.to_vec());
    }
    // subclasses of the scalars (IntEnum, str and float subclasses)
    if let Ok(b) = obj.cast::<PyBool>() {
        return Value::Bool(b.is_true());
    }
    if obj.is_instance_of::<PyInt>() {
        return int(obj).unwrap_or_else(|| opaque(obj));
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        return Value::Float(f.value());
    }
    if let Ok(s) = obj.cast::<PyString>() {
        if let Ok(text) = s.to_str() {
            return Value::Str(text.to_owned());
        }
    }
    opaque(obj)
}

fn int(obj: &Bound<'_, PyAny>) -> Option<Value> {
    if let Ok(small) = obj.extract::<i64>() {
        return Some(Value::int(small));
    }
    obj.extract::<BigInt>().ok().map(|big| Value::Int(big.into()))
}

fn opaque(obj: &Bound<'_, PyAny>) -> Value {
    let type_name = obj
        .get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "object".into());
    let repr = match obj.repr() {
        Ok(r) => r.to_string_lossy().into_owned(),
        Err(e) => format!(
            "<{type_name} object; repr() raised {}>",
            e.get_type(obj.py()).name().map(|n| n.to_string()).unwrap_or_default()
        ),
    };
    Value::Opaque {
        type_name: type_name.into(),
        repr: repr.into(),
    }
}

/// A value as a fresh Python object (a mutation by one test cannot reach
/// another). An opaque value cannot be rebuilt: it becomes its repr.
pub(crate) fn to_py<'py>(py: Python<'py>, v: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match v {
        Value::None => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Int(i) => match i.to_i64() {
            Some(small) => small.into_pyobject(py)?.into_any(),
            None => i.to_big().into_owned().into_pyobject(py)?.into_any(),
        },
        Value::Float(f) => PyFloat::new(py, *f).into_any(),
        Value::Str(s) => PyString::new(py, s).into_any(),
        Value::Bytes(b) => PyBytes::new(py, b).into_any(),
        Value::List(items) => PyList::new(py, convert_all(py, items)?)?.into_any(),
        Value::Tuple(items) => PyTuple::new(py, convert_all(py, items)?)?.into_any(),
        Value::Set(items) => PySet::new(py, convert_all(py, items)?)?.into_any(),
        Value::FrozenSet(items) => PyFrozenSet::new(py, convert_all(py, items)?)?.into_any(),
        Value::Dict(items) => {
            let d = PyDict::new(py);
            for (k, v) in items {
                d.set_item(to_py(py, k)?, to_py(py, v)?)?;
            }
            d.into_any()
        }
        Value::Opaque { repr, .. } => PyString::new(py, repr).into_any(),
    })
}

fn convert_all<'py>(py: Python<'py>, items: &[Value]) -> PyResult<Vec<Bound<'py, PyAny>>> {
    items.iter().map(|v| to_py(py, v)).collect()
}

/// A case as the harness's `run_case` takes it: `(id, args, kwargs)`,
/// `(id, [(method, args), ...], exceptions expected or None)` or
/// `(id, stdin)`.
pub(crate) fn case_to_py<'py>(
    py: Python<'py>,
    id: usize,
    case: &CaseInput,
    exceptions_expected: Option<usize>,
) -> PyResult<Bound<'py, PyTuple>> {
    let id = id.into_pyobject(py)?.into_any();
    match case {
        CaseInput::Call(call) => {
            let args = PyTuple::new(py, convert_all(py, &call.args)?)?.into_any();
            let kwargs = if call.kwargs.is_empty() {
                py.None().into_bound(py)
            } else {
                let d = PyDict::new(py);
                for (k, v) in &call.kwargs {
                    d.set_item(k, to_py(py, v)?)?;
                }
                d.into_any()
            };
            PyTuple::new(py, [id, args, kwargs])
        }
        CaseInput::Ops(ops) => {
            let ops = ops
                .iter()
                .map(|op| {
                    let args = PyTuple::new(py, convert_all(py, &op.args)?)?;
                    PyTuple::new(py, [PyString::new(py, &op.method).into_any(), args.into_any()])
                })
                .collect::<PyResult<Vec<_>>>()?;
            let expected = exceptions_expected.into_pyobject(py)?;
            PyTuple::new(py, [id, PyList::new(py, ops)?.into_any(), expected])
        }
        CaseInput::Stdin(text) => PyTuple::new(py, [id, PyString::new(py, text).into_any()]),
    }
}
