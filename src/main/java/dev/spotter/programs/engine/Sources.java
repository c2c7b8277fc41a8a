package dev.spotter.programs.engine;

/** The published guidance Spotter's program rules follow, cited once here and named by every reason. */
public final class Sources {

    public static final String ACSM_PROGRESSION_2009 = "Ratamess NA et al. ACSM position stand: progression "
            + "models in resistance training for healthy adults. Med Sci Sports Exerc 2009;41(3):687-708.";
    public static final String SCHOENFELD_VOLUME_2017 = "Schoenfeld BJ, Ogborn D, Krieger JW. Dose-response "
            + "relationship between weekly resistance training volume and increases in muscle mass. J Sports Sci "
            + "2017;35(11):1073-82.";
    public static final String ACSM_QUANTITY_QUALITY_2011 = "Garber CE et al. ACSM position stand: quantity and "
            + "quality of exercise for developing and maintaining cardiorespiratory, musculoskeletal, and "
            + "neuromotor fitness in apparently healthy adults. Med Sci Sports Exerc 2011;43(7):1334-59.";
    public static final String PA_GUIDELINES_2018 = "Piercy KL et al. The Physical Activity Guidelines for "
            + "Americans. JAMA 2018;320(19):2020-8.";
    public static final String ACSM_WEIGHT_LOSS_2009 = "Donnelly JE et al. ACSM position stand: appropriate "
            + "physical activity intervention strategies for weight loss and prevention of weight regain for "
            + "adults. Med Sci Sports Exerc 2009;41(2):459-71.";
    public static final String NSCA_YOUTH_2009 = "Faigenbaum AD et al. Youth resistance training: updated "
            + "position statement paper from the National Strength and Conditioning Association. J Strength Cond "
            + "Res 2009;23(5 Suppl):S60-79.";
    public static final String ACSM_OLDER_ADULTS_2009 = "Chodzko-Zajko WJ et al. ACSM position stand: exercise "
            + "and physical activity for older adults. Med Sci Sports Exerc 2009;41(7):1510-30.";
    public static final String FALLS_SHERRINGTON_2019 = "Sherrington C et al. Exercise for preventing falls in "
            + "older people living in the community. Cochrane Database Syst Rev 2019;1:CD012424.";
    public static final String DELOAD_BELL_2023 = "Bell L, Strafford BW, Coleman M, Androulakis Korakakis P, "
            + "Nolan D. Integrating deloading into strength and physique sports training programmes: an "
            + "international Delphi consensus approach. Sports Med Open 2023;9:87.";
    public static final String WARM_UP_FRADKIN_2010 = "Fradkin AJ, Zazryn TR, Smoliga JM. Effects of warming-up "
            + "on physical performance: a systematic review with meta-analysis. J Strength Cond Res "
            + "2010;24(1):140-8.";
    public static final String NSCA_ESSENTIALS_2016 = "Haff GG, Triplett NT (eds). Essentials of Strength "
            + "Training and Conditioning, 4th ed. NSCA / Human Kinetics, 2016.";
    public static final String RHEA_DUP_2002 = "Rhea MR et al. A comparison of linear and daily undulating "
            + "periodized programs with equated volume and intensity for strength. J Strength Cond Res "
            + "2002;16(2):250-5.";
    public static final String ACSM_SCREENING_2015 = "Riebe D et al. Updating ACSM's recommendations for "
            + "exercise preparticipation health screening. Med Sci Sports Exerc 2015;47(11):2473-9.";

    private Sources() {
    }
}
