// The window's width, updated on resize: charts that lay out differently on a phone follow a turned device.
import { useEffect, useState } from 'preact/hooks'

/** The viewport width in CSS pixels. */
export function useViewportWidth(): number {
  const [width, setWidth] = useState(innerWidth)
  useEffect(() => {
    const on = () => setWidth(innerWidth)
    addEventListener('resize', on)
    return () => removeEventListener('resize', on)
  }, [])
  return width
}
