package dev.spotter.science.assessment;

/**
 * Peak leg power from a countermovement vertical jump (Sayers SP, Harackiewicz DV, Harman EA, Frykman PN,
 * Rosenstein MT. Cross-validation of three jump power equations. Med Sci Sports Exerc 1999;31(4):572-7):
 * peak power (W) = 60.7 x jump height (cm) + 45.3 x body mass (kg) - 2055.
 */
public final class VerticalJump {

    private VerticalJump() {
    }

    public static double sayersPeakPowerW(double jumpHeightM, double bodyMassKg) {
        Input.JUMP_HEIGHT_M.require(jumpHeightM);
        Input.BODY_MASS_KG.require(bodyMassKg);
        double watts = 60.7 * jumpHeightM * 100 + 45.3 * bodyMassKg - 2055;
        if (watts <= 0) {
            throw new IllegalArgumentException("this jump and body mass are outside the range the Sayers "
                    + "equation was fitted to");
        }
        return watts;
    }
}
