// The clock a page reads to say what is open now (the check-in window, attendance), read again every `everyMs`.
import { useEffect, useState } from 'react';

export function useNow(everyMs = 15_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
