// Test double for '@tarojs/components': each Taro component as a plain DOM element with the same event shape
// (`e.detail.value`), so testing-library can find and drive them. Picker renders its children plus a <select>.
import { createElement, type ReactNode } from 'react'

type Props = Record<string, any> & { children?: ReactNode }

// Only DOM-safe props pass through; Taro-only props (scrollX, catchMove, hoverClass …) are dropped.
function domProps(p: Props): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(p)) {
    if (k === 'className' || k === 'style' || k === 'id' || k === 'role' || k === 'onClick' || k.startsWith('aria-') || k.startsWith('data-')) out[k] = v
  }
  return out
}

export const View = (p: Props) => createElement('div', domProps(p), p.children)
export const Text = (p: Props) => createElement('span', domProps(p), p.children)
export const Block = (p: Props) => createElement('div', {}, p.children)
export const ScrollView = (p: Props) => createElement('div', domProps(p), p.children)
export const Image = (p: Props) => createElement('img', { ...domProps(p), src: p.src, alt: p.alt ?? '' })
export const Label = (p: Props) => createElement('label', domProps(p), p.children)

export const Button = (p: Props) =>
  createElement('button', { ...domProps(p), type: 'button', disabled: !!p.disabled, 'data-open-type': p.openType }, p.children)

const valueEvent = (value: unknown) => ({ detail: { value } })

export const Input = (p: Props) =>
  createElement('input', {
    ...domProps(p),
    value: p.value ?? '',
    placeholder: p.placeholder,
    type: p.password ? 'password' : 'text',
    maxLength: p.maxlength,
    disabled: !!p.disabled,
    onChange: (e: any) => p.onInput?.(valueEvent(e.target.value))
  })

export const Textarea = (p: Props) =>
  createElement('textarea', {
    ...domProps(p),
    value: p.value ?? '',
    placeholder: p.placeholder,
    maxLength: p.maxlength,
    onChange: (e: any) => p.onInput?.(valueEvent(e.target.value))
  })

export const Switch = (p: Props) =>
  createElement('input', {
    ...domProps(p),
    type: 'checkbox',
    role: 'switch',
    checked: !!p.checked,
    disabled: !!p.disabled,
    onChange: (e: any) => p.onChange?.(valueEvent(e.target.checked))
  })

/** mode 'selector' only: the options are `range` (or range[i][rangeKey]); the change reports the index. */
export const Picker = (p: Props) => {
  const range: any[] = p.range ?? []
  const text = (item: any) => (p.rangeKey ? item[p.rangeKey] : String(item))
  return createElement('div', { 'data-picker': true },
    p.children,
    createElement('select', {
      'aria-label': p['aria-label'] ?? 'picker',
      value: String(p.value ?? ''),
      disabled: !!p.disabled,
      onChange: (e: any) => p.onChange?.(valueEvent(Number(e.target.value)))
    }, [createElement('option', { key: '', value: '' }, ''), ...range.map((item, i) => createElement('option', { key: i, value: String(i) }, text(item)))])
  )
}
