package io.claimtracker.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Claim Tracker's own settings, under the {@code tracker.} prefix. */
@ConfigMapping(prefix = "tracker")
public interface TrackerConfig {

    /** Size limits that keep one request from exhausting the service. */
    Limits limits();

    /** Logins, sessions and passwords. */
    Security security();

    /** Background conflict checks. */
    Detection detection();

    /** Bringing articles in from text, HTML, addresses and archives. */
    Intake intake();

    /** Answers kept for requests sent with an Idempotency-Key. */
    Idempotency idempotency();

    /** Answers kept for requests sent with an Idempotency-Key. */
    interface Idempotency {

        /** How long the first answer to a key is kept and replayed to repeats. */
        @WithDefault("PT24H")
        Duration keep();

        /** A request still marked running after this long is taken to have died, and its key is free again. */
        @WithDefault("PT2M")
        Duration abandonAfter();
    }

    /** Bringing articles in from text, HTML, addresses and archives. */
    interface Intake {

        /** Whether "fetch this address" may reach loopback, private and link-local addresses (off: no SSRF). */
        @WithDefault("false")
        boolean allowPrivateAddresses();

        /** Longest a whole fetch may take, redirects and a slowly trickling body included. */
        @WithDefault("PT15S")
        Duration fetchTimeout();

        /** Largest page fetched, in bytes. */
        @WithDefault("5242880")
        int maxFetchBytes();

        /** Most files in one upload or bulk import, across all its archives (an archive counts its files). */
        @WithDefault("500")
        int maxFiles();

        /** Largest single file in a bulk import, in bytes. */
        @WithDefault("2097152")
        int maxFileBytes();

        /** Most bytes of text one upload may unpack to, all its files and archives together. */
        @WithDefault("33554432")
        long maxUploadBytes();
    }

    /** Background conflict checks. */
    interface Detection {

        /** How often claims whose conflict check was deferred are checked again (scheduler syntax, e.g. 30s). */
        @WithDefault("30s")
        String retryEvery();

        /**
         * Contradiction probability a rule finding needs from the model to stand; unset, the calibrated default of
         * {@code JudgeSettings.DEFAULTS} (docs/detection.md), where every threshold and the detector version live.
         */
        OptionalDouble confirm();

        /** Contradiction probability for a flag raised by the model alone; unset, {@code JudgeSettings.DEFAULTS}. */
        OptionalDouble alone();

        /** Entailment probability at which the model vetoes an opposition or denial; unset, the default. */
        OptionalDouble entailmentVeto();

        /** Neutral probability at which the model vetoes a date or number finding as unrelated; unset, the default. */
        OptionalDouble unrelatedVeto();

        /** Share of content (0–1) two statements share before the model alone may flag them; unset, the default. */
        OptionalDouble minRelatedness();

        /** Most pairs per new claim the model reads without a rule finding; unset, the default. */
        OptionalInt modelOnlyPerClaim();

        /**
         * Most pairs per new claim the model reads in all, rule findings first and strongest first; a finding beyond
         * it is not confirmed and so not raised. Pairs already flagged are always read again. Unset, the default.
         */
        OptionalInt modelPairsPerClaim();

        /** Claims this many days apart or more report a development rather than a conflict; unset, the default. */
        OptionalInt developmentDays();

        /** Cores one model run may use. */
        @WithDefault("1")
        int modelThreads();

        /** Most pairs "worth a look" shown beside one claim, best first. */
        @WithDefault("4")
        int worthALookShown();

        /** Bulk conflict checks (imports, scripts, rechecks) that may run the detector at once; more wait in line. */
        @WithDefault("2")
        int concurrentChecks();

        /**
         * Threads that check claims editors save, at normal priority and ahead of bulk work; their model runs do not
         * wait for the bulk checks' slots.
         */
        @WithDefault("1")
        int interactiveChecks();

        /**
         * Claims an account may save through the API within a minute and still have them checked in the interactive
         * lane; further saves are checked as bulk work until its pace drops below it. A page form's save is always
         * interactive.
         */
        @WithDefault("10")
        int interactivePerMinute();

        /** Longest a check waits in line before it is deferred to the background retry (the claim is stored). */
        @WithDefault("PT20S")
        Duration checkWait();

        /**
         * Longest saving a claim waits for its conflict check, when no other check is in line before it, before
         * answering with the check pending; the check goes on in the background and its flags reach the review
         * queue when stored.
         */
        @WithDefault("PT0.05S")
        Duration answerWait();

        /** Saved claims held in memory for a check; beyond it they wait in the database for the background retry. */
        @WithDefault("10000")
        int backlog();

        /**
         * Nice value (0–19) of the threads that check saved claims, so requests come first when both want the
         * cores; 0 leaves them at normal priority. Linux only.
         */
        @WithDefault("19")
        int workerNiceness();

        /** Claims one check takes together: their statements are embedded and their pairs read by the model at once. */
        @WithDefault("8")
        int batch();
    }

    /** Password of the {@code admin} account created at first start (env TRACKER_ADMIN_PASSWORD); generated when absent. */
    Optional<String> adminPassword();

    /** Logins, sessions and passwords. */
    interface Security {

        /** bcrypt cost factor for new password hashes (2^cost rounds). */
        @WithDefault("12")
        int bcryptCost();

        /** A browser session ends after this long without a request. */
        @WithDefault("PT8H")
        Duration sessionIdle();

        /** Failed logins allowed per account and address within {@link #loginWindow()} before 429. */
        @WithDefault("5")
        int loginFailures();

        /** Failed logins allowed from one address, whatever the account, within the window. */
        @WithDefault("30")
        int addressFailures();

        /** The window over which failed logins are counted. */
        @WithDefault("PT15M")
        Duration loginWindow();

        /** Shortest password accepted. */
        @WithDefault("12")
        int minPasswordLength();

        /** Password checks (bcrypt) that may run at once; more sign-ins wait in line. */
        @WithDefault("4")
        int concurrentPasswordChecks();

        /** Longest a sign-in waits in line for a password check before it gets 429. */
        @WithDefault("PT5S")
        Duration passwordCheckWait();

        /** How long HTTP Basic credentials, once verified, are trusted without another bcrypt check. */
        @WithDefault("PT1M")
        Duration basicCache();

        /** How long an API token, once looked up, is trusted without another look-up; revocation ends it at once. */
        @WithDefault("PT30S")
        Duration tokenCache();
    }

    /** Size limits: text lengths in Unicode code points, request sizes in bytes. */
    interface Limits {

        /** Longest article body accepted; longer ones get 413. */
        @WithDefault("500000")
        int articleBody();

        /** Largest request body accepted, in bytes; larger ones get 413 before they are read. */
        @WithDefault("8388608")
        long requestBytes();

        /** Longest quote accepted. */
        @WithDefault("5000")
        int quote();
    }
}
