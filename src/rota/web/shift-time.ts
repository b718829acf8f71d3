/**
 * A shift's hours as the service's own clock reads them ("20:00–08:00"), whatever the reader's
 * time zone: a night shift is 20:00 to 08:00 where it is worked.
 */
export function shiftTime(shift: { startTime: string; endTime: string }): string {
  return `${shift.startTime}–${shift.endTime}`;
}
