-- Resting heart rate (beats a minute, measured seated after five quiet minutes) turns the programs' heart-rate
-- reserve targets into beats a minute (Karvonen).
alter table client add column resting_heart_rate integer check (resting_heart_rate between 25 and 150);
