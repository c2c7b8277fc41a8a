-- The checksum table serves every kind of shipped reference data (exercise library, condition rules), not just
-- exercises.
alter table exercise_library_version rename to reference_data_version;
alter table reference_data_version rename column library to name;
comment on table reference_data_version is 'global: checksum of each shipped reference data set last loaded';
