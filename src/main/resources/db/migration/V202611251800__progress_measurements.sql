-- Progress: body measurements in SI (kilograms, metres; skinfolds in millimetres, the unit calipers read). Body
-- composition estimates are not stored: they are worked out from these inputs when read, so that each names the
-- equation that produced it and none is kept once its inputs are corrected.
create table body_measurement (
    studio_id              uuid          not null,
    measurement_id         uuid          not null,
    client_id              uuid          not null,
    measured_on            date          not null,
    body_mass_kg           numeric(5, 2) check (body_mass_kg between 10 and 350),
    height_m               numeric(4, 3) check (height_m between 0.5 and 2.5),
    neck_m                 numeric(4, 3) check (neck_m between 0.2 and 0.7),
    chest_m                numeric(4, 3) check (chest_m between 0.5 and 2.0),
    waist_m                numeric(4, 3) check (waist_m between 0.4 and 2.0),
    hip_m                  numeric(4, 3) check (hip_m between 0.5 and 2.0),
    arm_m                  numeric(4, 3) check (arm_m between 0.15 and 0.7),
    thigh_m                numeric(4, 3) check (thigh_m between 0.25 and 1.2),
    calf_m                 numeric(4, 3) check (calf_m between 0.2 and 0.7),
    chest_skinfold_mm      numeric(3, 1) check (chest_skinfold_mm between 1 and 80),
    abdomen_skinfold_mm    numeric(3, 1) check (abdomen_skinfold_mm between 1 and 80),
    thigh_skinfold_mm      numeric(3, 1) check (thigh_skinfold_mm between 1 and 80),
    triceps_skinfold_mm    numeric(3, 1) check (triceps_skinfold_mm between 1 and 80),
    suprailiac_skinfold_mm numeric(3, 1) check (suprailiac_skinfold_mm between 1 and 80),
    notes                  text          check (char_length(notes) <= 500),
    recorded_by            uuid          not null,
    recorded_at            timestamptz   not null,
    primary key (studio_id, measurement_id),
    foreign key (studio_id, client_id) references client (studio_id, client_id) on delete cascade,
    foreign key (studio_id, recorded_by) references member (studio_id, member_id)
);
create index body_measurement_by_client on body_measurement (studio_id, client_id, measured_on);
