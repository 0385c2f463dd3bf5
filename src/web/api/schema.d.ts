/**
 * Types of the PURL Ledger REST API, generated from /openapi.json by `npm run gen:api`.
 * Do not edit by hand: a test checks that this file matches the live document.
 */
export interface paths {
    "/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reads of restricted data your organization owns: who read what, when, through which route (newest first) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                at: string;
                                field: string;
                                /** @enum {string} */
                                kind: "pledge" | "package" | "shipment";
                                recordId: string;
                                route: string;
                                viewerOrg: string;
                                viewerUser: string;
                            }[];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List allocations, by pledge or package; live ones only unless includeReleased=true */
        get: {
            parameters: {
                query?: {
                    includeReleased?: "true" | "false";
                    limit?: number;
                    offset?: number;
                    packageId?: string;
                    pledgeId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Allocation"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Allocate part of a committed or paid pledge to a package, in the pledge's currency
         * @description Command `allocate-funds`, for: coordinator.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        allocationId?: string;
                        amount: {
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                            minor: string;
                        };
                        packageId: string;
                        pledgeId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["Allocation"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/allocations/{allocationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One allocation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    allocationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Allocation"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/allocations/{allocationId}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release an allocation before its package is contracted; a funded package that falls short returns to funding
         * @description Command `release-allocation`, for: coordinator.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path: {
                    allocationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["Allocation"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in session: who, until when, and its CSRF token (for a page that was reloaded) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with a password (and a one-time code when the account has one): sets the session cookie
         * @description Refusals are one 401 whatever the reason ("sign-in refused: the username, password or code is wrong, or the account is locked or disabled"); after repeated failures the account is locked for a while. Rate-limited per address and per account.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the organization, when the username is given without "@org" */
                        orgId?: string;
                        password: string;
                        totp?: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the session and clear its cookie (no CSRF token needed: SameSite=Strict already keeps other sites out) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description false when there was no live session */
                            signedOut: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the second factor with one code from the authenticator app; from then on sign-in needs a code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            totpEnabled: true;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/totp/enrol": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start enrolling a second factor: answers the otpauth:// URI for an authenticator app; confirm with one code
         * @description Needs a signed-in session (and X-CSRF-Token). When a second factor is already active, send a current code from it as "currentCode".
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentCode?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            otpauthUri: string;
                            /** @description the same secret in base32, to type in by hand */
                            secret: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/classifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Levels set on records you may see (records with none set have the default: public for sourced pledges, else coalition) */
        get: {
            parameters: {
                query?: {
                    kind?: "pledge" | "package" | "shipment";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Classification"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Set who may read a record or one of its sensitive fields (public, coalition, restricted), with a reason code and an optional disclosure date
         * @description Command `classify`, for: ally, recipient, coordinator, supplier.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        discloseOn?: string;
                        /** @default record */
                        field?: string;
                        id: string;
                        /** @enum {string} */
                        kind: "pledge" | "package" | "shipment";
                        /** @enum {string} */
                        level: "public" | "coalition" | "restricted";
                        note?: string;
                        readers?: string[];
                        /** @enum {string} */
                        reason?: "operational-security" | "donor-confidentiality" | "commercial-confidentiality" | "ongoing-negotiation" | "personal-data";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["Classification"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event log, in order, as you may read it: events about records hidden from you are left out, withheld fields are null; page with afterSeq */
        get: {
            parameters: {
                query?: {
                    afterSeq?: number;
                    limit?: number;
                    stream?: string;
                    type?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Event"][];
                            lastSeq: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fx-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dated FX rates with their sources (used for analysis; announced amounts are never overwritten) */
        get: {
            parameters: {
                query?: {
                    base?: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    quote?: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["FxRate"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record a dated exchange rate (1 base = rate quote) with its source
         * @description Command `record-fx-rate`, for: coordinator.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        base: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                        date: string;
                        note?: string;
                        /** @enum {string} */
                        quote: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                        rate: string;
                        source: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["FxRate"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/guarantees/commitments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Commitments with terms, sources and fulfilment, filtered by pillar, guarantor, framework or stance */
        get: {
            parameters: {
                query?: {
                    /** @description the day due and overdue are measured against (YYYY-MM-DD); today by default */
                    asOf?: string;
                    frameworkId?: string;
                    guarantor?: string;
                    pillar?: "sustained_funding" | "weapons_supply" | "air_defence" | "maritime_security" | "air_policing" | "training" | "intelligence" | "defence_industry" | "reconstruction" | "sanctions" | "diplomatic_support" | "forces" | "cyber" | "demining" | "other";
                    stance?: "committed" | "offered" | "proposed" | "stated" | "ruled_out";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caveat: string;
                            items: components["schemas"]["Commitment"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record a commitment within a framework: guarantors, pillars, terms (money, share of GDP, quantity or statement), condition and sources
         * @description Command `record-commitment`, for: ally, coordinator.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        commitmentId?: string;
                        condition?: string;
                        frameworkId: string;
                        guarantors: string[];
                        /** @default null */
                        madeOn?: string | null;
                        note?: string;
                        pillars: ("sustained_funding" | "weapons_supply" | "air_defence" | "maritime_security" | "air_policing" | "training" | "intelligence" | "defence_industry" | "reconstruction" | "sanctions" | "diplomatic_support" | "forces" | "cyber" | "demining" | "other")[];
                        /** @default false */
                        publicRecord?: boolean;
                        reportedBy?: string;
                        /** @default [] */
                        sources?: {
                            date?: string;
                            publisher?: string;
                            quote?: string;
                            /** @enum {string} */
                            tier?: "A" | "B";
                            /** Format: uri */
                            url: string;
                        }[];
                        /**
                         * @default committed
                         * @enum {string}
                         */
                        stance?: "committed" | "offered" | "proposed" | "stated" | "ruled_out";
                        statedEquivalent?: {
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                            minor: string;
                        };
                        statement: string;
                        terms: {
                            amount: {
                                /** @enum {string} */
                                currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                                minor: string;
                            };
                            /** @enum {string} */
                            basis: "total" | "per_year";
                            /** @enum {string} */
                            kind: "money";
                            period: {
                                /** @default null */
                                from?: string | null;
                                text: string;
                                /** @default null */
                                to?: string | null;
                            };
                            /**
                             * @default exact
                             * @enum {string}
                             */
                            qualifier?: "exact" | "about" | "up_to" | "at_least";
                        } | {
                            /** @enum {string} */
                            basis: "total" | "per_year";
                            /** @enum {string} */
                            kind: "gdp_share";
                            percent: string;
                            period: {
                                /** @default null */
                                from?: string | null;
                                text: string;
                                /** @default null */
                                to?: string | null;
                            };
                            /**
                             * @default exact
                             * @enum {string}
                             */
                            qualifier?: "exact" | "about" | "up_to" | "at_least";
                        } | {
                            item: string;
                            /** @enum {string} */
                            kind: "quantity";
                            period: {
                                /** @default null */
                                from?: string | null;
                                text: string;
                                /** @default null */
                                to?: string | null;
                            };
                            /**
                             * @default exact
                             * @enum {string}
                             */
                            qualifier?: "exact" | "about" | "up_to" | "at_least";
                            quantity: string;
                            unit: string;
                        } | {
                            /** @enum {string} */
                            kind: "qualitative";
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["Commitment"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/guarantees/commitments/{commitmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One commitment: terms, schedule, fulfilment with every piece of evidence, sources */
        get: {
            parameters: {
                query?: {
                    /** @description the day due and overdue are measured against (YYYY-MM-DD); today by default */
                    asOf?: string;
                };
                header?: never;
                path: {
                    commitmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Commitment"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/guarantees/commitments/{commitmentId}/fulfilments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link evidence to a commitment: part of a PURL pledge or payment (counted once in total), or a sourced delivery
         * @description Command `record-fulfilment`, for: ally, coordinator.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path: {
                    commitmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default false */
                        acceptExcess?: boolean;
                        basis: string;
                        evidence: {
                            amount: {
                                /** @enum {string} */
                                currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                                minor: string;
                            };
                            /** @enum {string} */
                            kind: "pledge";
                            pledgeId: string;
                        } | {
                            amount: {
                                /** @enum {string} */
                                currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                                minor: string;
                            };
                            /** @enum {string} */
                            kind: "payment";
                            paymentId: string;
                        } | {
                            amount?: {
                                /** @enum {string} */
                                currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                                minor: string;
                            };
                            deliveredOn: string;
                            description: string;
                            /** @enum {string} */
                            kind: "delivery";
                            quantity?: string;
                            sources: {
                                date?: string;
                                publisher?: string;
                                quote?: string;
                                /** @enum {string} */
                                tier?: "A" | "B";
                                /** Format: uri */
                                url: string;
                            }[];
                        };
                        fulfilmentId?: string;
                        /** @default false */
                        illustrative?: boolean;
                        obligationId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["Commitment"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/guarantees/commitments/{commitmentId}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a commitment's schedule of obligations (per year or per tranche), adding up to its stated figure
         * @description Command `set-commitment-schedule`, for: ally, coordinator.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path: {
                    commitmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        obligations: {
                            /** @default null */
                            amount?: {
                                /** @enum {string} */
                                currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                                minor: string;
                            } | null;
                            dueBy: string;
                            label?: string;
                            note?: string;
                            obligationId: string;
                            /** @default null */
                            quantity?: string | null;
                        }[];
                        reason?: string;
                        /** @default [] */
                        sources?: {
                            date?: string;
                            publisher?: string;
                            quote?: string;
                            /** @enum {string} */
                            tier?: "A" | "B";
                            /** Format: uri */
                            url: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["Commitment"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/guarantees/frameworks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Frameworks with parties, legal status and history, binding level, dates and sources */
        get: {
            parameters: {
                query?: {
                    kind?: "bilateral_agreement" | "multilateral_declaration" | "coalition_arrangement" | "guarantee_under_negotiation";
                    party?: string;
                    status?: "discussed" | "proposed" | "agreed" | "signed" | "ratified" | "in_force" | "suspended" | "expired" | "withdrawn";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Framework"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Register a framework of security guarantees with its parties, binding level, dates, sources and first legal status
         * @description Command `register-framework`, for: ally, coordinator, recipient.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bindingBasis?: string;
                        /**
                         * @default unknown
                         * @enum {string}
                         */
                        bindingLevel?: "none" | "political_declaration" | "memorandum_of_understanding" | "executive_agreement" | "treaty" | "ratified_law" | "unknown";
                        durationNote?: string;
                        durationYears?: number;
                        endsOn?: string;
                        frameworkId?: string;
                        /** @enum {string} */
                        kind: "bilateral_agreement" | "multilateral_declaration" | "coalition_arrangement" | "guarantee_under_negotiation";
                        note?: string;
                        parties: {
                            lead?: boolean;
                            orgId: string;
                            /** @enum {string} */
                            role: "guarantor" | "beneficiary" | "participant";
                        }[];
                        partiesNote?: string;
                        /** @default false */
                        publicRecord?: boolean;
                        /** @default [] */
                        sources?: {
                            date?: string;
                            publisher?: string;
                            quote?: string;
                            /** @enum {string} */
                            tier?: "A" | "B";
                            /** Format: uri */
                            url: string;
                        }[];
                        startsOn?: string;
                        /**
                         * @default discussed
                         * @enum {string}
                         */
                        status?: "discussed" | "proposed" | "agreed" | "signed" | "ratified" | "in_force" | "suspended" | "expired" | "withdrawn";
                        /** @default null */
                        statusOn?: string | null;
                        title: string;
                        umbrella?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["FrameworkDetail"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/guarantees/frameworks/{frameworkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One framework with its commitments (and their fulfilment) and negotiation record */
        get: {
            parameters: {
                query?: {
                    /** @description the day due and overdue are measured against (YYYY-MM-DD); today by default */
                    asOf?: string;
                };
                header?: never;
                path: {
                    frameworkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FrameworkDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/guarantees/frameworks/{frameworkId}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a dated step on a framework's negotiation path: participants, topics, outcome, figures as stated, sources
         * @description Command `record-negotiation-milestone`, for: ally, coordinator, recipient.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path: {
                    frameworkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        figures?: string;
                        /** @enum {string} */
                        kind: "meeting" | "summit" | "statement" | "proposal" | "offer" | "planning" | "negotiation_round" | "signature" | "background";
                        milestoneId?: string;
                        on: string;
                        outcome: string;
                        /** @default [] */
                        participants?: {
                            name: string;
                            orgId?: string;
                        }[];
                        /** @default [] */
                        sources?: {
                            date?: string;
                            publisher?: string;
                            quote?: string;
                            /** @enum {string} */
                            tier?: "A" | "B";
                            /** Format: uri */
                            url: string;
                        }[];
                        title: string;
                        /** @default [] */
                        topics?: ("sustained_funding" | "weapons_supply" | "air_defence" | "maritime_security" | "air_policing" | "training" | "intelligence" | "defence_industry" | "reconstruction" | "sanctions" | "diplomatic_support" | "forces" | "cyber" | "demining" | "other")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["FrameworkDetail"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/guarantees/frameworks/{frameworkId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a framework's legal status one step (discussed, proposed, agreed, signed, ratified, in force; suspended, expired, withdrawn), or correct it with a reason
         * @description Command `change-framework-status`, for: ally, coordinator, recipient.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path: {
                    frameworkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        bindingLevel?: "none" | "political_declaration" | "memorandum_of_understanding" | "executive_agreement" | "treaty" | "ratified_law" | "unknown";
                        /** @default false */
                        correction?: boolean;
                        /** @default null */
                        effectiveOn?: string | null;
                        reason?: string;
                        /** @default [] */
                        sources?: {
                            date?: string;
                            publisher?: string;
                            quote?: string;
                            /** @enum {string} */
                            tier?: "A" | "B";
                            /** Format: uri */
                            url: string;
                        }[];
                        /** @enum {string} */
                        to: "discussed" | "proposed" | "agreed" | "signed" | "ratified" | "in_force" | "suspended" | "expired" | "withdrawn";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["FrameworkDetail"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/guarantees/fulfilments/{fulfilmentId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw fulfilment evidence from a commitment, with the reason (it stays in the record and counts nowhere)
         * @description Command `withdraw-fulfilment`, for: ally, coordinator.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path: {
                    fulfilmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["Commitment"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/guarantees/guarantors/{orgId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A guarantor: all its frameworks and commitments, with fulfilment over time */
        get: {
            parameters: {
                query?: {
                    /** @description the day due and overdue are measured against (YYYY-MM-DD); today by default */
                    asOf?: string;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GuarantorPage"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/guarantees/matrix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Coverage matrix: pillars x guarantors, who guarantees what, how binding, how fulfilled; with what the record covers and what remains unknown */
        get: {
            parameters: {
                query?: {
                    /** @description the day due and overdue are measured against (YYYY-MM-DD); today by default */
                    asOf?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CoverageMatrix"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/guarantees/pillars/{pillar}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A pillar (e.g. maritime_security): who is committed, on what terms */
        get: {
            parameters: {
                query?: {
                    /** @description the day due and overdue are measured against (YYYY-MM-DD); today by default */
                    asOf?: string;
                };
                header?: never;
                path: {
                    pillar: "sustained_funding" | "weapons_supply" | "air_defence" | "maritime_security" | "air_policing" | "training" | "intelligence" | "defence_industry" | "reconstruction" | "sanctions" | "diplomatic_support" | "forces" | "cyber" | "demining" | "other";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PillarPage"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/guarantees/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every dated step of the registry in order (statuses, commitments, negotiation milestones, evidence); undated entries apart */
        get: {
            parameters: {
                query?: {
                    /** @description the day due and overdue are measured against (YYYY-MM-DD); today by default */
                    asOf?: string;
                    frameworkId?: string;
                    from?: string;
                    guarantor?: string;
                    pillar?: "sustained_funding" | "weapons_supply" | "air_defence" | "maritime_security" | "air_policing" | "training" | "intelligence" | "defence_industry" | "reconstruction" | "sanctions" | "diplomatic_support" | "forces" | "cyber" | "demining" | "other";
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GuaranteeTimeline"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and the store in use */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            events: number;
                            ok: boolean;
                            store: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/list-versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Monthly versions of the list, newest month first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    month?: string;
                    offset?: number;
                    status?: "pending" | "approved" | "superseded";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ListVersion"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Propose the month's version of the list: a snapshot of the current ranking, for joint approval
         * @description Command `propose-list-version`, for: recipient.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        month: string;
                        versionId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["ListVersion"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/list-versions/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One list version with its ranked lines, approvals and history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    versionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ListVersionWithHistory"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/list-versions/{versionId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a monthly list version on behalf of your organization's role
         * @description Command `approve-list-version`, for: recipient, coordinator, supplier.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path: {
                    versionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["ListVersion"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/log/checkpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest signed checkpoint: a C2SP signed note (text/plain) with cosignatures, or JSON with Accept: application/json */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Checkpoint"] | string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/log/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Checkpoint history in order, from a checkpoint number */
        get: {
            parameters: {
                query?: {
                    from?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Checkpoint"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/log/cosignatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A witness hands in its cosignature (C2SP tlog-cosignature v1, Ed25519) of a checkpoint */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the note signature line "— name base64(keyID || timestamp || signature)" */
                        cosignature: string;
                        treeSize: number;
                        /** @description the witness verifier key, signature type 0x04 (tlog-cosignature) */
                        witnessKey: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            keyName: string;
                            signedAt: number;
                            stored: boolean;
                            treeSize: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/log/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Log entries start..end (by seq, inclusive): each event as its leaf holds it (classified values as salted commitments) with its signer, signature and leaf hash, and the openings of the values you may read; an entry about a record withheld from you is its leaf hash alone */
        get: {
            parameters: {
                query?: {
                    /** @description inclusive; at most 1000 entries per page */
                    end?: number;
                    start?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["LogEntry"][];
                            treeSize: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/log/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public-key directory: the log's checkpoint key(s) and every organization's signing key */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LogKeys"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/log/proof/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** RFC 9162 consistency proof between the trees of first and second entries */
        get: {
            parameters: {
                query: {
                    first: number;
                    /** @description defaults to the latest checkpoint */
                    second?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConsistencyProof"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/log/proof/inclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** RFC 9162 inclusion proof of an entry (by seq or leaf hash) in the tree of treeSize entries */
        get: {
            parameters: {
                query?: {
                    /** @description base64, base64url or hex */
                    leafHash?: string;
                    seq?: number;
                    /** @description defaults to the latest checkpoint */
                    treeSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InclusionProof"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the token speaks for */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            organization: components["schemas"]["Organization"] | null;
                            orgId: string;
                            /** @enum {string} */
                            role: "ally" | "recipient" | "coordinator" | "supplier" | "auditor";
                            userId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Participating organizations and their roles */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Organization"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Register a participating organization with its role
         * @description Command `register-organization`, for: coordinator.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        country?: string;
                        name: string;
                        orgId: string;
                        /** @enum {string} */
                        role: "ally" | "recipient" | "coordinator" | "supplier" | "auditor";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["Organization"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/packages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List packages with their funding, filtered by state and paginated */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    state?: "draft" | "prioritised" | "funding" | "funded" | "contracted" | "delivering" | "delivered" | "closed" | "cancelled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["PackageSummary"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Form a draft package from whole priced requirement lines; its price is the sum of quantity x supplier unit price
         * @description Command `create-package`, for: coordinator.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default false */
                        allowOverFunding?: boolean;
                        /** @default false */
                        illustrative?: boolean;
                        lines: string[];
                        name: string;
                        packageId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["Package"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/packages/{packageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One package: lines (shipped, received), allocations with contributors and USD value, funding gap, shipments */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    packageId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Package"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/packages/{packageId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a package before anything ships (reason required): its allocations are released and its lines return to priced
         * @description Command `cancel-package`, for: coordinator.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path: {
                    packageId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["Package"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/packages/{packageId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A delivered package is closed
         * @description Command `close-package`, for: coordinator.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path: {
                    packageId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["Package"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/packages/{packageId}/contract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Contract a funded package under a case (LOA) reference
         * @description Command `contract-package`, for: supplier.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path: {
                    packageId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        caseReference: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["Package"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/packages/{packageId}/open-funding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A prioritised package opens for funding: allocations from pledges are sought
         * @description Command `open-package-funding`, for: coordinator.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path: {
                    packageId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["Package"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/packages/{packageId}/prioritise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A draft package is prioritised: agreed as one of the packages to fund next
         * @description Command `prioritise-package`, for: coordinator.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path: {
                    packageId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["Package"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Compute an allocation plan: pledged money matched to the prioritized list, proven optimal, with reasons (nothing is written)
         * @description The body is a what-if scenario (all fields optional: `{}` plans the record as it stands). The plan is computed in a worker thread, so other requests are served meanwhile; when every worker is busy and 8 plans wait, the answer is 429. The plan is kept in memory for an hour for GET /plans/{planId} and POST /plans/accept.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description hypothetical money */
                        addPledges?: {
                            amount: {
                                /** @enum {string} */
                                currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                                minor: string;
                            };
                            contributors?: string[];
                            earmark?: {
                                /** @description capability areas this money may not fund */
                                excludeAreas?: string[];
                                /** @description requirement lines this money may not fund (nor any package holding them) */
                                excludeLines?: string[];
                                /** @description packages this money may not fund */
                                excludePackages?: string[];
                                /** @enum {string} */
                                kind: "none";
                                /** @description the money arrives in this month (YYYY-MM): it funds only lines needed then or later */
                                notBefore?: string;
                            } | {
                                /** @description capability areas this money may not fund */
                                excludeAreas?: string[];
                                /** @description requirement lines this money may not fund (nor any package holding them) */
                                excludeLines?: string[];
                                /** @description packages this money may not fund */
                                excludePackages?: string[];
                                /** @enum {string} */
                                kind: "package";
                                /** @description the money arrives in this month (YYYY-MM): it funds only lines needed then or later */
                                notBefore?: string;
                                packageId: string;
                            } | {
                                capabilityArea: string;
                                /** @description capability areas this money may not fund */
                                excludeAreas?: string[];
                                /** @description requirement lines this money may not fund (nor any package holding them) */
                                excludeLines?: string[];
                                /** @description packages this money may not fund */
                                excludePackages?: string[];
                                /** @enum {string} */
                                kind: "capability";
                                /** @description the money arrives in this month (YYYY-MM): it funds only lines needed then or later */
                                notBefore?: string;
                            } | {
                                /** @description capability areas this money may not fund */
                                excludeAreas?: string[];
                                /** @description requirement lines this money may not fund (nor any package holding them) */
                                excludeLines?: string[];
                                /** @description packages this money may not fund */
                                excludePackages?: string[];
                                /** @enum {string} */
                                kind: "lines";
                                lineIds: string[];
                                /** @description the money arrives in this month (YYYY-MM): it funds only lines needed then or later */
                                notBefore?: string;
                            };
                            label?: string;
                            /** @description a new id, not one of the record */
                            pledgeId: string;
                        }[];
                        /** @description the date whose FX rates value the money (YYYY-MM-DD; default today) */
                        asOf?: string;
                        /** @description pledges to leave out */
                        excludePledges?: string[];
                        /** @description hypothetical rates (1 base = rate quote), dated asOf; they take precedence over the record on that date */
                        fxRates?: {
                            /** @enum {string} */
                            base: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                            /** @enum {string} */
                            quote: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                            rate: string;
                        }[];
                        include?: {
                            /** @description plan draft packages (default true) */
                            draftPackages?: boolean;
                            /** @description plan priced lines not yet in a package (default true) */
                            unpackagedLines?: boolean;
                        };
                        /** @description which pledges count as money (default committed and paid; duplicates never count) */
                        pledgeStates?: ("announced" | "pledged" | "committed" | "paid")[];
                        /** @description packages and lines that must be funded in full before anything else; refused (409) when the money cannot do it */
                        require?: {
                            lineIds?: string[];
                            packageIds?: string[];
                        };
                        /** @description extra limits on pledges of the record, beyond their earmarks */
                        restrict?: {
                            /** @description capability areas this money may not fund */
                            excludeAreas?: string[];
                            /** @description requirement lines this money may not fund (nor any package holding them) */
                            excludeLines?: string[];
                            /** @description packages this money may not fund */
                            excludePackages?: string[];
                            /** @description the money arrives in this month (YYYY-MM): it funds only lines needed then or later */
                            notBefore?: string;
                            pledgeId: string;
                        }[];
                        /** @description the solver time limit in milliseconds (default 10000) */
                        timeLimitMs?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Plan"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{planId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A plan computed by POST /plans, while this server keeps it (an hour) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Plan"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a computed plan: its allocations are recorded in one transaction (command accept-plan)
         * @description Command `accept-plan`, for: coordinator. Refused with 409 when the plan cannot be accepted (hypothetical money) or the record changed since it was computed. Accepts Idempotency-Key and ?dryRun=true.
         */
        post: {
            parameters: {
                query?: {
                    dryRun?: "true" | "false";
                };
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        planId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: {
                                allocations: components["schemas"]["Allocation"][];
                                planId: string;
                            } | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: {
                                allocations: components["schemas"]["Allocation"][];
                                planId: string;
                            } | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pledges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List pledges, filtered and paginated */
        get: {
            parameters: {
                query?: {
                    contributor?: string;
                    currency?: string;
                    includeDuplicates?: "true" | "false";
                    limit?: number;
                    offset?: number;
                    state?: "announced" | "pledged" | "committed" | "paid" | "withdrawn" | "lapsed" | "cancelled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Pledge"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record a pledge as announced, with its contributors, amount as stated, earmark and sources
         * @description Command `announce-pledge`, for: ally, coordinator.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        amount?: {
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                            minor: string;
                        } | null;
                        amountMissingReason?: string;
                        announcedOn: string;
                        contents?: string;
                        contributors: {
                            orgId: string;
                            share?: {
                                /** @enum {string} */
                                currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                                minor: string;
                            };
                        }[];
                        /**
                         * @default {
                         *       "kind": "none"
                         *     }
                         */
                        earmark?: {
                            /** @enum {string} */
                            kind: "none";
                        } | {
                            /** @enum {string} */
                            kind: "package";
                            packageId: string;
                        } | {
                            capabilityArea: string;
                            /** @enum {string} */
                            kind: "capability";
                        };
                        figureBasis?: string;
                        note?: string;
                        packageNumberClaim?: string;
                        pledgeId?: string;
                        /**
                         * @default exact
                         * @enum {string}
                         */
                        qualifier?: "exact" | "about" | "up_to" | "at_least";
                        /** @default [] */
                        sources?: {
                            date?: string;
                            publisher?: string;
                            quote?: string;
                            /** @enum {string} */
                            tier?: "A" | "B";
                            /** Format: uri */
                            url: string;
                        }[];
                        statedEquivalent?: {
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                            minor: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["Pledge"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pledges/{pledgeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One pledge with contributors, sources, payments and allocations so far */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    pledgeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Pledge"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pledges/{pledgeId}/amount": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the amount of a pledge, giving the reason
         * @description Command `change-pledge-amount`, for: ally, coordinator.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path: {
                    pledgeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount: {
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                            minor: string;
                        };
                        reason: string;
                        source?: {
                            date?: string;
                            publisher?: string;
                            quote?: string;
                            /** @enum {string} */
                            tier?: "A" | "B";
                            /** Format: uri */
                            url: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["Pledge"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pledges/{pledgeId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a pledge recorded in error (reason required)
         * @description Command `cancel-pledge`, for: ally, coordinator.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path: {
                    pledgeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["Pledge"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pledges/{pledgeId}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The contributor commits the money; from now on it counts toward coverage
         * @description Command `commit-pledge`, for: ally, coordinator.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path: {
                    pledgeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["Pledge"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pledges/{pledgeId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An announced pledge becomes a formal pledge
         * @description Command `confirm-pledge`, for: ally, coordinator.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path: {
                    pledgeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["Pledge"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pledges/{pledgeId}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a pledge as a probable duplicate of another (kept, linked, counted once)
         * @description Command `mark-pledge-duplicate`, for: ally, coordinator.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path: {
                    pledgeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        duplicateOf: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["Pledge"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pledges/{pledgeId}/lapse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The coordinator records that a pledge lapsed unfulfilled (reason required)
         * @description Command `lapse-pledge`, for: coordinator.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path: {
                    pledgeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["Pledge"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pledges/{pledgeId}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a payment into a committed pledge (the pledge becomes paid when fully paid)
         * @description Command `record-payment`, for: ally, coordinator.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path: {
                    pledgeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount: {
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                            minor: string;
                        };
                        paidOn: string;
                        reference?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["Pledge"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pledges/{pledgeId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The contributor takes the pledge back (reason required)
         * @description Command `withdraw-pledge`, for: ally, coordinator.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path: {
                    pledgeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["Pledge"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public-totals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Running totals stated in public, each kept as its own claim with scope, speaker and source */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["PublicTotal"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record a publicly stated running total with its scope, speaker and source
         * @description Command `record-public-total`, for: coordinator.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount: {
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                            minor: string;
                        } | null;
                        claimId: string;
                        contributorsCount?: number;
                        date: string;
                        note?: string;
                        packagesCount?: number;
                        saidBy: string;
                        scope: string;
                        sources: {
                            date?: string;
                            publisher?: string;
                            quote?: string;
                            /** @enum {string} */
                            tier?: "A" | "B";
                            /** Format: uri */
                            url: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["PublicTotal"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public transparency view, no token needed: aggregate figures and the public-record pledges with their sources; no package contents */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicOverview"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reconciliation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every public running total reconciled with the ledger, the difference explained */
        get: {
            parameters: {
                query?: {
                    /** @description only this claim, e.g. total-2025-08-14 */
                    claimId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Reconciliation"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reference/gdp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each contributing Ally's annual GDP in USD with its source, for shares of GDP; countries without a checked figure are listed as unsourced */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GdpReference"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requirements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List requirement lines by rank (then id), filtered and paginated */
        get: {
            parameters: {
                query?: {
                    capabilityArea?: "air_defence" | "long_range_fires" | "artillery" | "armour" | "aviation" | "drones" | "counter_drone" | "ew" | "engineering" | "logistics" | "other";
                    limit?: number;
                    offset?: number;
                    /** @description A status, or `active` for every ranked line */
                    status?: "proposed" | "validated" | "priced" | "packaged" | "funded" | "delivered" | "rejected" | "withdrawn" | "active";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Requirement"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Propose a requirement line; it is ranked last until the list is re-ranked
         * @description Command `propose-requirement`, for: recipient.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        capabilityArea: "air_defence" | "long_range_fires" | "artillery" | "armour" | "aviation" | "drones" | "counter_drone" | "ew" | "engineering" | "logistics" | "other";
                        estimatedUnitPrice: {
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                            minor: string;
                        };
                        /** @default false */
                        illustrative?: boolean;
                        item: string;
                        lineId?: string;
                        neededBy: string;
                        /** @default false */
                        partialAllowed?: boolean;
                        quantity: string;
                        unit: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["Requirement"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requirements/{lineId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One requirement line with the history of its events */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    lineId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RequirementWithHistory"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requirements/{lineId}/price": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Price a validated requirement line in USD, with its availability; a priced line may be re-priced
         * @description Command `price-requirement`, for: supplier.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path: {
                    lineId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        availability: string;
                        unitPrice: {
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                            minor: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["Requirement"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requirements/{lineId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a proposed, validated or priced requirement line, giving the reason
         * @description Command `reject-requirement`, for: coordinator.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path: {
                    lineId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["Requirement"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requirements/{lineId}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate a proposed requirement line
         * @description Command `validate-requirement`, for: coordinator.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path: {
                    lineId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["Requirement"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requirements/{lineId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a proposed, validated or priced requirement line, giving the reason
         * @description Command `withdraw-requirement`, for: recipient.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path: {
                    lineId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["Requirement"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requirements/rerank": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-rank the active requirement lines: a full new order, or one line moved to a new rank
         * @description Command `rerank-requirements`, for: recipient.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description With toRank: the one line to move */
                        lineId?: string;
                        /** @description The full new order of the active lines, most urgent first */
                        order?: string[];
                        reason?: string;
                        /** @description With lineId: its new rank (1 = most urgent) */
                        toRank?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["Ranking"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List shipments, by package and by whether receipt is confirmed */
        get: {
            parameters: {
                query?: {
                    confirmed?: "true" | "false";
                    limit?: number;
                    offset?: number;
                    packageId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Shipment"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record a shipment of one package line; never more than was contracted
         * @description Command `record-shipment`, for: supplier.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lineId: string;
                        packageId: string;
                        quantity: string;
                        shipmentId?: string;
                        shippedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["Shipment"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shipments/{shipmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One shipment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    shipmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Shipment"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shipments/{shipmentId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the receipt of a shipment (the quantity that arrived, at most what was shipped)
         * @description Command `confirm-receipt`, for: recipient.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path: {
                    shipmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        quantity: string;
                        receivedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["Shipment"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Totals by contributor, progress toward USD 1bn a month, coverage by priority band, funding gap, lead times */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Summary"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users: your organization's (the coordinator and auditors see every organization's) */
        get: {
            parameters: {
                query?: {
                    orgId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["User"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Register a person as a user of an organization (the coordinator for anyone, an organization for its own)
         * @description Command `register-user`, for: ally, recipient, coordinator, supplier, auditor.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName: string;
                        orgId: string;
                        userId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["User"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable a user (the coordinator for anyone, an organization for its own), with a reason
         * @description Command `disable-user`, for: ally, recipient, coordinator, supplier, auditor.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: validate and decide, but record nothing */
                    dryRun?: "true" | "false";
                };
                header?: {
                    /** @description Repeat-safe writes: a repeat with the same key returns the first result and records nothing new */
                    "idempotency-key"?: string;
                };
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            events: components["schemas"]["Event"][];
                            /** @description true when this Idempotency-Key was seen before: the first result, nothing new recorded */
                            replayed: boolean;
                            result: components["schemas"]["User"] | null;
                            wouldRecord: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Allocation: {
            allocatedAt: string;
            allocationId: string;
            /** @description In the pledge's currency */
            amount: components["schemas"]["Money"];
            /** @description The pledge's contributors */
            contributors: string[];
            /** @description The rates that valued the amount in USD: none for USD, one direct, or two through EUR */
            fx: {
                /** @enum {string} */
                base: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                date: string;
                /** @enum {string} */
                quote: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                rate: string;
            }[];
            packageId: string;
            packageName: string | null;
            pledgeId: string;
            released: boolean;
            releasedReason: string | null;
            usdValue: components["schemas"]["Money"];
        };
        AllocationInput: {
            allocatedAt: string;
            allocationId: string;
            /** @description In the pledge's currency */
            amount: components["schemas"]["MoneyInput"];
            /** @description The pledge's contributors */
            contributors: string[];
            /** @description The rates that valued the amount in USD: none for USD, one direct, or two through EUR */
            fx: {
                /** @enum {string} */
                base: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                date: string;
                /** @enum {string} */
                quote: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                rate: string;
            }[];
            packageId: string;
            packageName: string | null;
            pledgeId: string;
            released: boolean;
            releasedReason: string | null;
            usdValue: components["schemas"]["MoneyInput"];
        };
        /** @description A signed tree head of the transparency log, with witness cosignatures */
        Checkpoint: {
            cosignatures: {
                keyName: string;
                line: string;
                signedAt: number;
                witnessKey: string;
            }[];
            /** @description the C2SP signed note (tlog-checkpoint), signed by the log key */
            note: string;
            /** @description checkpoints are numbered 1, 2, ... without gaps */
            number: number;
            origin: string;
            /** @description base64 (RFC 4648 section 4) */
            rootHash: string;
            time: string | null;
            treeSize: number;
        };
        /** @description A signed tree head of the transparency log, with witness cosignatures */
        CheckpointInput: {
            cosignatures: {
                keyName: string;
                line: string;
                signedAt: number;
                witnessKey: string;
            }[];
            /** @description the C2SP signed note (tlog-checkpoint), signed by the log key */
            note: string;
            /** @description checkpoints are numbered 1, 2, ... without gaps */
            number: number;
            origin: string;
            /** @description base64 (RFC 4648 section 4) */
            rootHash: string;
            time: string | null;
            treeSize: number;
        };
        Classification: {
            discloseOn: string | null;
            field: string;
            id: string;
            /** @enum {string} */
            kind: "pledge" | "package" | "shipment";
            /** @enum {string} */
            level: "public" | "coalition" | "restricted";
            /** @description The organizations named as readers (restricted only); null unless you are one of the record's owners, who may change them */
            readers: string[] | null;
            reason: string | null;
        };
        ClassificationInput: {
            discloseOn: string | null;
            field: string;
            id: string;
            /** @enum {string} */
            kind: "pledge" | "package" | "shipment";
            /** @enum {string} */
            level: "public" | "coalition" | "restricted";
            /** @description The organizations named as readers (restricted only); null unless you are one of the record's owners, who may change them */
            readers: string[] | null;
            reason: string | null;
        };
        Commitment: {
            bindingLabel: string;
            /** @enum {string} */
            bindingLevel: "none" | "political_declaration" | "memorandum_of_understanding" | "executive_agreement" | "treaty" | "ratified_law" | "unknown";
            commitmentId: string;
            condition: string | null;
            frameworkId: string;
            /** @enum {string} */
            frameworkKind: "bilateral_agreement" | "multilateral_declaration" | "coalition_arrangement" | "guarantee_under_negotiation";
            /** @enum {string} */
            frameworkStatus: "discussed" | "proposed" | "agreed" | "signed" | "ratified" | "in_force" | "suspended" | "expired" | "withdrawn";
            frameworkTitle: string;
            fulfilment: components["schemas"]["GuaranteeFulfilment"];
            guarantors: {
                country: string | null;
                name: string;
                orgId: string;
            }[];
            madeOn: {
                /** @enum {string} */
                precision: "year" | "month" | "day";
                value: string;
            } | null;
            note: string | null;
            pillars: ("sustained_funding" | "weapons_supply" | "air_defence" | "maritime_security" | "air_policing" | "training" | "intelligence" | "defence_industry" | "reconstruction" | "sanctions" | "diplomatic_support" | "forces" | "cyber" | "demining" | "other")[];
            publicRecord: boolean;
            recordedAt: string;
            recordedBy: string;
            reportedBy: string | null;
            schedule: {
                reason: string | null;
                setAt: string | null;
                sources: components["schemas"]["Source"][];
            };
            sources: components["schemas"]["Source"][];
            /** @enum {string} */
            stance: "committed" | "offered" | "proposed" | "stated" | "ruled_out";
            statedEquivalent: components["schemas"]["Money"] | null;
            statement: string;
            terms: components["schemas"]["CommitmentTerms"];
            termsText: string;
        };
        CommitmentInput: {
            bindingLabel: string;
            /** @enum {string} */
            bindingLevel: "none" | "political_declaration" | "memorandum_of_understanding" | "executive_agreement" | "treaty" | "ratified_law" | "unknown";
            commitmentId: string;
            condition: string | null;
            frameworkId: string;
            /** @enum {string} */
            frameworkKind: "bilateral_agreement" | "multilateral_declaration" | "coalition_arrangement" | "guarantee_under_negotiation";
            /** @enum {string} */
            frameworkStatus: "discussed" | "proposed" | "agreed" | "signed" | "ratified" | "in_force" | "suspended" | "expired" | "withdrawn";
            frameworkTitle: string;
            fulfilment: components["schemas"]["GuaranteeFulfilmentInput"];
            guarantors: {
                country: string | null;
                name: string;
                orgId: string;
            }[];
            madeOn: {
                /** @enum {string} */
                precision: "year" | "month" | "day";
                value: string;
            } | null;
            note: string | null;
            pillars: ("sustained_funding" | "weapons_supply" | "air_defence" | "maritime_security" | "air_policing" | "training" | "intelligence" | "defence_industry" | "reconstruction" | "sanctions" | "diplomatic_support" | "forces" | "cyber" | "demining" | "other")[];
            publicRecord: boolean;
            recordedAt: string;
            recordedBy: string;
            reportedBy: string | null;
            schedule: {
                reason: string | null;
                setAt: string | null;
                sources: components["schemas"]["SourceInput"][];
            };
            sources: components["schemas"]["SourceInput"][];
            /** @enum {string} */
            stance: "committed" | "offered" | "proposed" | "stated" | "ruled_out";
            statedEquivalent: components["schemas"]["MoneyInput"] | null;
            statement: string;
            terms: components["schemas"]["CommitmentTermsInput"];
            termsText: string;
        };
        CommitmentTerms: {
            amount: components["schemas"]["Money"];
            /** @enum {string} */
            basis: "total" | "per_year";
            /** @constant */
            kind: "money";
            period: {
                from: string | null;
                text: string;
                to: string | null;
            };
            /** @enum {string} */
            qualifier: "exact" | "about" | "up_to" | "at_least";
        } | {
            /** @enum {string} */
            basis: "total" | "per_year";
            /** @constant */
            kind: "gdp_share";
            percent: string;
            period: {
                from: string | null;
                text: string;
                to: string | null;
            };
            /** @enum {string} */
            qualifier: "exact" | "about" | "up_to" | "at_least";
        } | {
            item: string;
            /** @constant */
            kind: "quantity";
            period: {
                from: string | null;
                text: string;
                to: string | null;
            };
            /** @enum {string} */
            qualifier: "exact" | "about" | "up_to" | "at_least";
            quantity: string;
            unit: string;
        } | {
            /** @constant */
            kind: "qualitative";
        };
        CommitmentTermsInput: {
            amount: components["schemas"]["MoneyInput"];
            /** @enum {string} */
            basis: "total" | "per_year";
            /** @constant */
            kind: "money";
            period: {
                from: string | null;
                text: string;
                to: string | null;
            };
            /** @enum {string} */
            qualifier: "exact" | "about" | "up_to" | "at_least";
        } | {
            /** @enum {string} */
            basis: "total" | "per_year";
            /** @constant */
            kind: "gdp_share";
            percent: string;
            period: {
                from: string | null;
                text: string;
                to: string | null;
            };
            /** @enum {string} */
            qualifier: "exact" | "about" | "up_to" | "at_least";
        } | {
            item: string;
            /** @constant */
            kind: "quantity";
            period: {
                from: string | null;
                text: string;
                to: string | null;
            };
            /** @enum {string} */
            qualifier: "exact" | "about" | "up_to" | "at_least";
            quantity: string;
            unit: string;
        } | {
            /** @constant */
            kind: "qualitative";
        };
        ConsistencyProof: {
            first: number;
            /** @description base64 (RFC 4648 section 4) */
            firstRoot: string;
            /** @description RFC 9162 section 2.1.4 consistency proof */
            proof: string[];
            second: number;
            /** @description base64 (RFC 4648 section 4) */
            secondRoot: string;
        };
        ConsistencyProofInput: {
            first: number;
            /** @description base64 (RFC 4648 section 4) */
            firstRoot: string;
            /** @description RFC 9162 section 2.1.4 consistency proof */
            proof: string[];
            second: number;
            /** @description base64 (RFC 4648 section 4) */
            secondRoot: string;
        };
        CoverageMatrix: {
            asOf: string;
            caveat: string;
            cells: {
                commitments: {
                    /** @enum {string} */
                    bindingLevel: "none" | "political_declaration" | "memorandum_of_understanding" | "executive_agreement" | "treaty" | "ratified_law" | "unknown";
                    commitmentId: string;
                    condition: string | null;
                    frameworkId: string;
                    /** @enum {string} */
                    frameworkKind: "bilateral_agreement" | "multilateral_declaration" | "coalition_arrangement" | "guarantee_under_negotiation";
                    /** @enum {string} */
                    frameworkStatus: "discussed" | "proposed" | "agreed" | "signed" | "ratified" | "in_force" | "suspended" | "expired" | "withdrawn";
                    frameworkTitle: string;
                    fulfilledBp: number | null;
                    /** @enum {string} */
                    fulfilmentStatus: "fulfilled" | "partly_evidenced" | "due_not_evidenced" | "not_yet_due" | "pending_evidence" | "evidence_recorded" | "no_evidence" | "not_applicable";
                    illustrativeEvidence: boolean;
                    joint: boolean;
                    /** @enum {string} */
                    stance: "committed" | "offered" | "proposed" | "stated" | "ruled_out";
                    termsText: string;
                }[];
                evidenceUsd: {
                    counted: components["schemas"]["Money"];
                    pending: components["schemas"]["Money"];
                };
                /** @enum {string} */
                firmestStance: "committed" | "offered" | "proposed" | "stated" | "ruled_out";
                orgId: string;
                /** @enum {string} */
                pillar: "sustained_funding" | "weapons_supply" | "air_defence" | "maritime_security" | "air_policing" | "training" | "intelligence" | "defence_industry" | "reconstruction" | "sanctions" | "diplomatic_support" | "forces" | "cyber" | "demining" | "other";
                strongestBinding: ("none" | "political_declaration" | "memorandum_of_understanding" | "executive_agreement" | "treaty" | "ratified_law" | "unknown") | null;
            }[];
            coverage: components["schemas"]["GuaranteeCoverageNote"];
            guarantors: {
                commitments: number;
                country: string | null;
                evidenceUsd: {
                    counted: components["schemas"]["Money"];
                    pending: components["schemas"]["Money"];
                };
                name: string;
                orgId: string;
            }[];
            pillars: {
                commitments: number;
                guarantors: number;
                label: string;
                /** @enum {string} */
                pillar: "sustained_funding" | "weapons_supply" | "air_defence" | "maritime_security" | "air_policing" | "training" | "intelligence" | "defence_industry" | "reconstruction" | "sanctions" | "diplomatic_support" | "forces" | "cyber" | "demining" | "other";
            }[];
        };
        CoverageMatrixInput: {
            asOf: string;
            caveat: string;
            cells: {
                commitments: {
                    /** @enum {string} */
                    bindingLevel: "none" | "political_declaration" | "memorandum_of_understanding" | "executive_agreement" | "treaty" | "ratified_law" | "unknown";
                    commitmentId: string;
                    condition: string | null;
                    frameworkId: string;
                    /** @enum {string} */
                    frameworkKind: "bilateral_agreement" | "multilateral_declaration" | "coalition_arrangement" | "guarantee_under_negotiation";
                    /** @enum {string} */
                    frameworkStatus: "discussed" | "proposed" | "agreed" | "signed" | "ratified" | "in_force" | "suspended" | "expired" | "withdrawn";
                    frameworkTitle: string;
                    fulfilledBp: number | null;
                    /** @enum {string} */
                    fulfilmentStatus: "fulfilled" | "partly_evidenced" | "due_not_evidenced" | "not_yet_due" | "pending_evidence" | "evidence_recorded" | "no_evidence" | "not_applicable";
                    illustrativeEvidence: boolean;
                    joint: boolean;
                    /** @enum {string} */
                    stance: "committed" | "offered" | "proposed" | "stated" | "ruled_out";
                    termsText: string;
                }[];
                evidenceUsd: {
                    counted: components["schemas"]["MoneyInput"];
                    pending: components["schemas"]["MoneyInput"];
                };
                /** @enum {string} */
                firmestStance: "committed" | "offered" | "proposed" | "stated" | "ruled_out";
                orgId: string;
                /** @enum {string} */
                pillar: "sustained_funding" | "weapons_supply" | "air_defence" | "maritime_security" | "air_policing" | "training" | "intelligence" | "defence_industry" | "reconstruction" | "sanctions" | "diplomatic_support" | "forces" | "cyber" | "demining" | "other";
                strongestBinding: ("none" | "political_declaration" | "memorandum_of_understanding" | "executive_agreement" | "treaty" | "ratified_law" | "unknown") | null;
            }[];
            coverage: components["schemas"]["GuaranteeCoverageNoteInput"];
            guarantors: {
                commitments: number;
                country: string | null;
                evidenceUsd: {
                    counted: components["schemas"]["MoneyInput"];
                    pending: components["schemas"]["MoneyInput"];
                };
                name: string;
                orgId: string;
            }[];
            pillars: {
                commitments: number;
                guarantors: number;
                label: string;
                /** @enum {string} */
                pillar: "sustained_funding" | "weapons_supply" | "air_defence" | "maritime_security" | "air_policing" | "training" | "intelligence" | "defence_industry" | "reconstruction" | "sanctions" | "diplomatic_support" | "forces" | "cyber" | "demining" | "other";
            }[];
        };
        Event: {
            actorOrg: string;
            actorUser: string;
            command: string;
            idempotencyKey: string | null;
            payload: {
                [key: string]: unknown;
            };
            recordedAt: string;
            seq: number;
            stream: string;
            type: string;
            /** @description Fields of the payload withheld from you (set to null), and why */
            withheld?: components["schemas"]["Withheld"][];
        };
        EventInput: {
            actorOrg: string;
            actorUser: string;
            command: string;
            idempotencyKey: string | null;
            payload: {
                [key: string]: unknown;
            };
            recordedAt: string;
            seq: number;
            stream: string;
            type: string;
            /** @description Fields of the payload withheld from you (set to null), and why */
            withheld?: components["schemas"]["WithheldInput"][];
        };
        Framework: {
            bindingBasis: string | null;
            bindingLabel: string;
            /** @enum {string} */
            bindingLevel: "none" | "political_declaration" | "memorandum_of_understanding" | "executive_agreement" | "treaty" | "ratified_law" | "unknown";
            commitmentIds: string[];
            durationNote: string | null;
            durationYears: number | null;
            endsOn: {
                /** @enum {string} */
                precision: "year" | "month" | "day";
                value: string;
            } | null;
            frameworkId: string;
            history: {
                bindingLevel: ("none" | "political_declaration" | "memorandum_of_understanding" | "executive_agreement" | "treaty" | "ratified_law" | "unknown") | null;
                correction: boolean;
                effectiveOn: {
                    /** @enum {string} */
                    precision: "year" | "month" | "day";
                    value: string;
                } | null;
                from: ("discussed" | "proposed" | "agreed" | "signed" | "ratified" | "in_force" | "suspended" | "expired" | "withdrawn") | null;
                reason: string | null;
                recordedAt: string;
                recordedBy: string;
                seq: number;
                sources: components["schemas"]["Source"][];
                /** @enum {string} */
                to: "discussed" | "proposed" | "agreed" | "signed" | "ratified" | "in_force" | "suspended" | "expired" | "withdrawn";
            }[];
            /** @enum {string} */
            kind: "bilateral_agreement" | "multilateral_declaration" | "coalition_arrangement" | "guarantee_under_negotiation";
            milestones: components["schemas"]["NegotiationMilestone"][];
            nextStatuses: ("discussed" | "proposed" | "agreed" | "signed" | "ratified" | "in_force" | "suspended" | "expired" | "withdrawn")[];
            note: string | null;
            parties: {
                country: string | null;
                lead?: boolean;
                name: string;
                orgId: string;
                /** @enum {string} */
                role: "guarantor" | "beneficiary" | "participant";
            }[];
            partiesNote: string | null;
            publicRecord: boolean;
            recordedBy: string;
            sources: components["schemas"]["Source"][];
            startsOn: {
                /** @enum {string} */
                precision: "year" | "month" | "day";
                value: string;
            } | null;
            /** @enum {string} */
            status: "discussed" | "proposed" | "agreed" | "signed" | "ratified" | "in_force" | "suspended" | "expired" | "withdrawn";
            statusOn: {
                /** @enum {string} */
                precision: "year" | "month" | "day";
                value: string;
            } | null;
            suspendedFrom: ("discussed" | "proposed" | "agreed" | "signed" | "ratified" | "in_force" | "suspended" | "expired" | "withdrawn") | null;
            title: string;
            umbrella: string | null;
        };
        FrameworkDetail: {
            bindingBasis: string | null;
            bindingLabel: string;
            /** @enum {string} */
            bindingLevel: "none" | "political_declaration" | "memorandum_of_understanding" | "executive_agreement" | "treaty" | "ratified_law" | "unknown";
            commitmentIds: string[];
            commitments: components["schemas"]["Commitment"][];
            durationNote: string | null;
            durationYears: number | null;
            endsOn: {
                /** @enum {string} */
                precision: "year" | "month" | "day";
                value: string;
            } | null;
            frameworkId: string;
            history: {
                bindingLevel: ("none" | "political_declaration" | "memorandum_of_understanding" | "executive_agreement" | "treaty" | "ratified_law" | "unknown") | null;
                correction: boolean;
                effectiveOn: {
                    /** @enum {string} */
                    precision: "year" | "month" | "day";
                    value: string;
                } | null;
                from: ("discussed" | "proposed" | "agreed" | "signed" | "ratified" | "in_force" | "suspended" | "expired" | "withdrawn") | null;
                reason: string | null;
                recordedAt: string;
                recordedBy: string;
                seq: number;
                sources: components["schemas"]["Source"][];
                /** @enum {string} */
                to: "discussed" | "proposed" | "agreed" | "signed" | "ratified" | "in_force" | "suspended" | "expired" | "withdrawn";
            }[];
            /** @enum {string} */
            kind: "bilateral_agreement" | "multilateral_declaration" | "coalition_arrangement" | "guarantee_under_negotiation";
            milestones: components["schemas"]["NegotiationMilestone"][];
            nextStatuses: ("discussed" | "proposed" | "agreed" | "signed" | "ratified" | "in_force" | "suspended" | "expired" | "withdrawn")[];
            note: string | null;
            parties: {
                country: string | null;
                lead?: boolean;
                name: string;
                orgId: string;
                /** @enum {string} */
                role: "guarantor" | "beneficiary" | "participant";
            }[];
            partiesNote: string | null;
            publicRecord: boolean;
            recordedBy: string;
            sources: components["schemas"]["Source"][];
            startsOn: {
                /** @enum {string} */
                precision: "year" | "month" | "day";
                value: string;
            } | null;
            /** @enum {string} */
            status: "discussed" | "proposed" | "agreed" | "signed" | "ratified" | "in_force" | "suspended" | "expired" | "withdrawn";
            statusOn: {
                /** @enum {string} */
                precision: "year" | "month" | "day";
                value: string;
            } | null;
            suspendedFrom: ("discussed" | "proposed" | "agreed" | "signed" | "ratified" | "in_force" | "suspended" | "expired" | "withdrawn") | null;
            title: string;
            umbrella: string | null;
        };
        FrameworkDetailInput: {
            bindingBasis: string | null;
            bindingLabel: string;
            /** @enum {string} */
            bindingLevel: "none" | "political_declaration" | "memorandum_of_understanding" | "executive_agreement" | "treaty" | "ratified_law" | "unknown";
            commitmentIds: string[];
            commitments: components["schemas"]["CommitmentInput"][];
            durationNote: string | null;
            durationYears: number | null;
            endsOn: {
                /** @enum {string} */
                precision: "year" | "month" | "day";
                value: string;
            } | null;
            frameworkId: string;
            history: {
                bindingLevel: ("none" | "political_declaration" | "memorandum_of_understanding" | "executive_agreement" | "treaty" | "ratified_law" | "unknown") | null;
                correction: boolean;
                effectiveOn: {
                    /** @enum {string} */
                    precision: "year" | "month" | "day";
                    value: string;
                } | null;
                from: ("discussed" | "proposed" | "agreed" | "signed" | "ratified" | "in_force" | "suspended" | "expired" | "withdrawn") | null;
                reason: string | null;
                recordedAt: string;
                recordedBy: string;
                seq: number;
                sources: components["schemas"]["SourceInput"][];
                /** @enum {string} */
                to: "discussed" | "proposed" | "agreed" | "signed" | "ratified" | "in_force" | "suspended" | "expired" | "withdrawn";
            }[];
            /** @enum {string} */
            kind: "bilateral_agreement" | "multilateral_declaration" | "coalition_arrangement" | "guarantee_under_negotiation";
            milestones: components["schemas"]["NegotiationMilestoneInput"][];
            nextStatuses: ("discussed" | "proposed" | "agreed" | "signed" | "ratified" | "in_force" | "suspended" | "expired" | "withdrawn")[];
            note: string | null;
            parties: {
                country: string | null;
                lead?: boolean;
                name: string;
                orgId: string;
                /** @enum {string} */
                role: "guarantor" | "beneficiary" | "participant";
            }[];
            partiesNote: string | null;
            publicRecord: boolean;
            recordedBy: string;
            sources: components["schemas"]["SourceInput"][];
            startsOn: {
                /** @enum {string} */
                precision: "year" | "month" | "day";
                value: string;
            } | null;
            /** @enum {string} */
            status: "discussed" | "proposed" | "agreed" | "signed" | "ratified" | "in_force" | "suspended" | "expired" | "withdrawn";
            statusOn: {
                /** @enum {string} */
                precision: "year" | "month" | "day";
                value: string;
            } | null;
            suspendedFrom: ("discussed" | "proposed" | "agreed" | "signed" | "ratified" | "in_force" | "suspended" | "expired" | "withdrawn") | null;
            title: string;
            umbrella: string | null;
        };
        FrameworkInput: {
            bindingBasis: string | null;
            bindingLabel: string;
            /** @enum {string} */
            bindingLevel: "none" | "political_declaration" | "memorandum_of_understanding" | "executive_agreement" | "treaty" | "ratified_law" | "unknown";
            commitmentIds: string[];
            durationNote: string | null;
            durationYears: number | null;
            endsOn: {
                /** @enum {string} */
                precision: "year" | "month" | "day";
                value: string;
            } | null;
            frameworkId: string;
            history: {
                bindingLevel: ("none" | "political_declaration" | "memorandum_of_understanding" | "executive_agreement" | "treaty" | "ratified_law" | "unknown") | null;
                correction: boolean;
                effectiveOn: {
                    /** @enum {string} */
                    precision: "year" | "month" | "day";
                    value: string;
                } | null;
                from: ("discussed" | "proposed" | "agreed" | "signed" | "ratified" | "in_force" | "suspended" | "expired" | "withdrawn") | null;
                reason: string | null;
                recordedAt: string;
                recordedBy: string;
                seq: number;
                sources: components["schemas"]["SourceInput"][];
                /** @enum {string} */
                to: "discussed" | "proposed" | "agreed" | "signed" | "ratified" | "in_force" | "suspended" | "expired" | "withdrawn";
            }[];
            /** @enum {string} */
            kind: "bilateral_agreement" | "multilateral_declaration" | "coalition_arrangement" | "guarantee_under_negotiation";
            milestones: components["schemas"]["NegotiationMilestoneInput"][];
            nextStatuses: ("discussed" | "proposed" | "agreed" | "signed" | "ratified" | "in_force" | "suspended" | "expired" | "withdrawn")[];
            note: string | null;
            parties: {
                country: string | null;
                lead?: boolean;
                name: string;
                orgId: string;
                /** @enum {string} */
                role: "guarantor" | "beneficiary" | "participant";
            }[];
            partiesNote: string | null;
            publicRecord: boolean;
            recordedBy: string;
            sources: components["schemas"]["SourceInput"][];
            startsOn: {
                /** @enum {string} */
                precision: "year" | "month" | "day";
                value: string;
            } | null;
            /** @enum {string} */
            status: "discussed" | "proposed" | "agreed" | "signed" | "ratified" | "in_force" | "suspended" | "expired" | "withdrawn";
            statusOn: {
                /** @enum {string} */
                precision: "year" | "month" | "day";
                value: string;
            } | null;
            suspendedFrom: ("discussed" | "proposed" | "agreed" | "signed" | "ratified" | "in_force" | "suspended" | "expired" | "withdrawn") | null;
            title: string;
            umbrella: string | null;
        };
        /** @description 1 base = rate quote on date; rate is an exact decimal string */
        FxRate: {
            base: string;
            date: string;
            note: string | null;
            quote: string;
            rate: string;
            seq: number;
            source: string;
        };
        /** @description 1 base = rate quote on date; rate is an exact decimal string */
        FxRateInput: {
            base: string;
            date: string;
            note: string | null;
            quote: string;
            rate: string;
            seq: number;
            source: string;
        };
        GdpReference: {
            /** @description Only figures checked against the source */
            items: {
                country: string;
                gdp: components["schemas"]["Money"];
                sourceUrl: string;
                year: number;
            }[];
            source: {
                name: string;
                note: string;
                url: string;
                year: number;
            };
            /** @description Countries with no checked figure: no share of GDP is shown for them */
            unsourced: string[];
        };
        GdpReferenceInput: {
            /** @description Only figures checked against the source */
            items: {
                country: string;
                gdp: components["schemas"]["MoneyInput"];
                sourceUrl: string;
                year: number;
            }[];
            source: {
                name: string;
                note: string;
                url: string;
                year: number;
            };
            /** @description Countries with no checked figure: no share of GDP is shown for them */
            unsourced: string[];
        };
        /** @description What the registry covers, and what remains unknown, computed from the record */
        GuaranteeCoverageNote: {
            covers: {
                byKind: {
                    bilateral_agreement: number;
                    coalition_arrangement: number;
                    guarantee_under_negotiation: number;
                    multilateral_declaration: number;
                };
                byStance: {
                    committed: number;
                    offered: number;
                    proposed: number;
                    ruled_out: number;
                    stated: number;
                };
                commitments: number;
                evidence: {
                    counted: number;
                    illustrative: number;
                    pending: number;
                    void: number;
                };
                frameworks: number;
                guarantors: number;
                milestones: number;
            };
            unknown: {
                ids: string[];
                what: string;
            }[];
        };
        /** @description What the registry covers, and what remains unknown, computed from the record */
        GuaranteeCoverageNoteInput: {
            covers: {
                byKind: {
                    bilateral_agreement: number;
                    coalition_arrangement: number;
                    guarantee_under_negotiation: number;
                    multilateral_declaration: number;
                };
                byStance: {
                    committed: number;
                    offered: number;
                    proposed: number;
                    ruled_out: number;
                    stated: number;
                };
                commitments: number;
                evidence: {
                    counted: number;
                    illustrative: number;
                    pending: number;
                    void: number;
                };
                frameworks: number;
                guarantors: number;
                milestones: number;
            };
            unknown: {
                ids: string[];
                what: string;
            }[];
        };
        /** @description An amount in the commitment's currency (or a quantity), with its USD and EUR values at the named rates */
        GuaranteeFigure: {
            amount: components["schemas"]["Money"] | null;
            eur: components["schemas"]["Money"] | null;
            quantity: string | null;
            usd: components["schemas"]["Money"] | null;
        };
        /** @description An amount in the commitment's currency (or a quantity), with its USD and EUR values at the named rates */
        GuaranteeFigureInput: {
            amount: components["schemas"]["MoneyInput"] | null;
            eur: components["schemas"]["MoneyInput"] | null;
            quantity: string | null;
            usd: components["schemas"]["MoneyInput"] | null;
        };
        GuaranteeFulfilment: {
            currency: string | null;
            due: components["schemas"]["GuaranteeFigure"] | null;
            evidence: {
                acceptExcess: boolean;
                basis: string;
                /**
                 * @description counted: committed or paid money, or a delivery; pending: an announced pledge; void: an ended or duplicate pledge
                 * @enum {string}
                 */
                counting: "counted" | "pending" | "void";
                counts: components["schemas"]["GuaranteeFigure"];
                description: string | null;
                fulfilmentId: string;
                fx: {
                    base: string;
                    date: string;
                    quote: string;
                    rate: string;
                }[];
                illustrative: boolean;
                /** @enum {string} */
                kind: "pledge" | "payment" | "delivery";
                linked: components["schemas"]["GuaranteeFigure"];
                obligationId: string | null;
                paymentId: string | null;
                pledgeId: string | null;
                recordedAt: string;
                recordedBy: string;
                sources: components["schemas"]["Source"][];
                value: components["schemas"]["Money"] | null;
                valuedOn: string;
                why: string | null;
            }[];
            evidenceEur: {
                counted: components["schemas"]["Money"];
                pending: components["schemas"]["Money"];
            };
            evidenceUsd: {
                counted: components["schemas"]["Money"];
                pending: components["schemas"]["Money"];
            };
            /** @description counted evidence beyond the schedule, shown as such and never as fulfilment */
            excess: components["schemas"]["GuaranteeFigure"] | null;
            /** @description counted evidence applied to the schedule, never more than scheduled */
            fulfilled: components["schemas"]["GuaranteeFigure"] | null;
            fulfilledBp: number | null;
            fx: {
                date: string;
                rateAfterDate: boolean;
                toEur: {
                    base: string;
                    date: string;
                    quote: string;
                    rate: string;
                }[];
                toUsd: {
                    base: string;
                    date: string;
                    quote: string;
                    rate: string;
                }[];
            } | null;
            obligations: {
                amount: components["schemas"]["GuaranteeFigure"];
                dueBy: string | null;
                fulfilled: components["schemas"]["GuaranteeFigure"];
                isDue: boolean;
                label: string;
                note: string | null;
                obligationId: string | null;
                overdue: components["schemas"]["GuaranteeFigure"];
                pending: components["schemas"]["GuaranteeFigure"];
            }[];
            /** @description due by asOf and not evidenced in the ledger (which records PURL money and sourced deliveries only) */
            overdue: components["schemas"]["GuaranteeFigure"] | null;
            pending: components["schemas"]["GuaranteeFigure"] | null;
            pendingExcess: components["schemas"]["GuaranteeFigure"] | null;
            scheduled: components["schemas"]["GuaranteeFigure"] | null;
            /** @enum {string} */
            status: "fulfilled" | "partly_evidenced" | "due_not_evidenced" | "not_yet_due" | "pending_evidence" | "evidence_recorded" | "no_evidence" | "not_applicable";
            unconverted: string[];
            /** @enum {string} */
            unit: "money" | "quantity" | "none";
            unitLabel: string | null;
        };
        GuaranteeFulfilmentInput: {
            currency: string | null;
            due: components["schemas"]["GuaranteeFigureInput"] | null;
            evidence: {
                acceptExcess: boolean;
                basis: string;
                /**
                 * @description counted: committed or paid money, or a delivery; pending: an announced pledge; void: an ended or duplicate pledge
                 * @enum {string}
                 */
                counting: "counted" | "pending" | "void";
                counts: components["schemas"]["GuaranteeFigureInput"];
                description: string | null;
                fulfilmentId: string;
                fx: {
                    base: string;
                    date: string;
                    quote: string;
                    rate: string;
                }[];
                illustrative: boolean;
                /** @enum {string} */
                kind: "pledge" | "payment" | "delivery";
                linked: components["schemas"]["GuaranteeFigureInput"];
                obligationId: string | null;
                paymentId: string | null;
                pledgeId: string | null;
                recordedAt: string;
                recordedBy: string;
                sources: components["schemas"]["SourceInput"][];
                value: components["schemas"]["MoneyInput"] | null;
                valuedOn: string;
                why: string | null;
            }[];
            evidenceEur: {
                counted: components["schemas"]["MoneyInput"];
                pending: components["schemas"]["MoneyInput"];
            };
            evidenceUsd: {
                counted: components["schemas"]["MoneyInput"];
                pending: components["schemas"]["MoneyInput"];
            };
            /** @description counted evidence beyond the schedule, shown as such and never as fulfilment */
            excess: components["schemas"]["GuaranteeFigureInput"] | null;
            /** @description counted evidence applied to the schedule, never more than scheduled */
            fulfilled: components["schemas"]["GuaranteeFigureInput"] | null;
            fulfilledBp: number | null;
            fx: {
                date: string;
                rateAfterDate: boolean;
                toEur: {
                    base: string;
                    date: string;
                    quote: string;
                    rate: string;
                }[];
                toUsd: {
                    base: string;
                    date: string;
                    quote: string;
                    rate: string;
                }[];
            } | null;
            obligations: {
                amount: components["schemas"]["GuaranteeFigureInput"];
                dueBy: string | null;
                fulfilled: components["schemas"]["GuaranteeFigureInput"];
                isDue: boolean;
                label: string;
                note: string | null;
                obligationId: string | null;
                overdue: components["schemas"]["GuaranteeFigureInput"];
                pending: components["schemas"]["GuaranteeFigureInput"];
            }[];
            /** @description due by asOf and not evidenced in the ledger (which records PURL money and sourced deliveries only) */
            overdue: components["schemas"]["GuaranteeFigureInput"] | null;
            pending: components["schemas"]["GuaranteeFigureInput"] | null;
            pendingExcess: components["schemas"]["GuaranteeFigureInput"] | null;
            scheduled: components["schemas"]["GuaranteeFigureInput"] | null;
            /** @enum {string} */
            status: "fulfilled" | "partly_evidenced" | "due_not_evidenced" | "not_yet_due" | "pending_evidence" | "evidence_recorded" | "no_evidence" | "not_applicable";
            unconverted: string[];
            /** @enum {string} */
            unit: "money" | "quantity" | "none";
            unitLabel: string | null;
        };
        GuaranteeTimeline: {
            asOf: string;
            entries: {
                commitmentId: string | null;
                date: {
                    /** @enum {string} */
                    precision: "year" | "month" | "day";
                    value: string;
                } | null;
                detail: string;
                frameworkId: string;
                fulfilmentId: string | null;
                illustrative: boolean;
                /** @enum {string} */
                kind: "status" | "commitment" | "milestone" | "evidence";
                milestoneId: string | null;
                orgIds: string[];
                pillars: ("sustained_funding" | "weapons_supply" | "air_defence" | "maritime_security" | "air_policing" | "training" | "intelligence" | "defence_industry" | "reconstruction" | "sanctions" | "diplomatic_support" | "forces" | "cyber" | "demining" | "other")[];
                sources: components["schemas"]["Source"][];
                title: string;
            }[];
            undated: {
                commitmentId: string | null;
                date: {
                    /** @enum {string} */
                    precision: "year" | "month" | "day";
                    value: string;
                } | null;
                detail: string;
                frameworkId: string;
                fulfilmentId: string | null;
                illustrative: boolean;
                /** @enum {string} */
                kind: "status" | "commitment" | "milestone" | "evidence";
                milestoneId: string | null;
                orgIds: string[];
                pillars: ("sustained_funding" | "weapons_supply" | "air_defence" | "maritime_security" | "air_policing" | "training" | "intelligence" | "defence_industry" | "reconstruction" | "sanctions" | "diplomatic_support" | "forces" | "cyber" | "demining" | "other")[];
                sources: components["schemas"]["Source"][];
                title: string;
            }[];
        };
        GuaranteeTimelineInput: {
            asOf: string;
            entries: {
                commitmentId: string | null;
                date: {
                    /** @enum {string} */
                    precision: "year" | "month" | "day";
                    value: string;
                } | null;
                detail: string;
                frameworkId: string;
                fulfilmentId: string | null;
                illustrative: boolean;
                /** @enum {string} */
                kind: "status" | "commitment" | "milestone" | "evidence";
                milestoneId: string | null;
                orgIds: string[];
                pillars: ("sustained_funding" | "weapons_supply" | "air_defence" | "maritime_security" | "air_policing" | "training" | "intelligence" | "defence_industry" | "reconstruction" | "sanctions" | "diplomatic_support" | "forces" | "cyber" | "demining" | "other")[];
                sources: components["schemas"]["SourceInput"][];
                title: string;
            }[];
            undated: {
                commitmentId: string | null;
                date: {
                    /** @enum {string} */
                    precision: "year" | "month" | "day";
                    value: string;
                } | null;
                detail: string;
                frameworkId: string;
                fulfilmentId: string | null;
                illustrative: boolean;
                /** @enum {string} */
                kind: "status" | "commitment" | "milestone" | "evidence";
                milestoneId: string | null;
                orgIds: string[];
                pillars: ("sustained_funding" | "weapons_supply" | "air_defence" | "maritime_security" | "air_policing" | "training" | "intelligence" | "defence_industry" | "reconstruction" | "sanctions" | "diplomatic_support" | "forces" | "cyber" | "demining" | "other")[];
                sources: components["schemas"]["SourceInput"][];
                title: string;
            }[];
        };
        GuarantorPage: {
            asOf: string;
            byPillar: {
                commitmentIds: string[];
                label: string;
                /** @enum {string} */
                pillar: "sustained_funding" | "weapons_supply" | "air_defence" | "maritime_security" | "air_policing" | "training" | "intelligence" | "defence_industry" | "reconstruction" | "sanctions" | "diplomatic_support" | "forces" | "cyber" | "demining" | "other";
            }[];
            caveat: string;
            commitments: components["schemas"]["Commitment"][];
            evidenceUsd: {
                counted: components["schemas"]["Money"];
                pending: components["schemas"]["Money"];
            };
            frameworks: components["schemas"]["Framework"][];
            fulfilmentOverTime: {
                counted: components["schemas"]["Money"];
                cumulativeCounted: components["schemas"]["Money"];
                month: string;
                pending: components["schemas"]["Money"];
            }[];
            guarantor: {
                country: string | null;
                name: string;
                orgId: string;
                role: string;
            };
            milestones: components["schemas"]["NegotiationMilestone"][];
        };
        GuarantorPageInput: {
            asOf: string;
            byPillar: {
                commitmentIds: string[];
                label: string;
                /** @enum {string} */
                pillar: "sustained_funding" | "weapons_supply" | "air_defence" | "maritime_security" | "air_policing" | "training" | "intelligence" | "defence_industry" | "reconstruction" | "sanctions" | "diplomatic_support" | "forces" | "cyber" | "demining" | "other";
            }[];
            caveat: string;
            commitments: components["schemas"]["CommitmentInput"][];
            evidenceUsd: {
                counted: components["schemas"]["MoneyInput"];
                pending: components["schemas"]["MoneyInput"];
            };
            frameworks: components["schemas"]["FrameworkInput"][];
            fulfilmentOverTime: {
                counted: components["schemas"]["MoneyInput"];
                cumulativeCounted: components["schemas"]["MoneyInput"];
                month: string;
                pending: components["schemas"]["MoneyInput"];
            }[];
            guarantor: {
                country: string | null;
                name: string;
                orgId: string;
                role: string;
            };
            milestones: components["schemas"]["NegotiationMilestoneInput"][];
        };
        InclusionProof: {
            /** @description the signed checkpoint at treeSize, when one was issued at that size */
            checkpoint: string | null;
            /** @description base64 (RFC 4648 section 4) */
            leafHash: string;
            leafIndex: number;
            /** @description RFC 9162 section 2.1.3 inclusion path, leaf side first */
            proof: string[];
            /** @description base64 (RFC 4648 section 4) */
            rootHash: string;
            seq: number;
            treeSize: number;
        };
        InclusionProofInput: {
            /** @description the signed checkpoint at treeSize, when one was issued at that size */
            checkpoint: string | null;
            /** @description base64 (RFC 4648 section 4) */
            leafHash: string;
            leafIndex: number;
            /** @description RFC 9162 section 2.1.3 inclusion path, leaf side first */
            proof: string[];
            /** @description base64 (RFC 4648 section 4) */
            rootHash: string;
            seq: number;
            treeSize: number;
        };
        /**
         * @description public: anyone; coalition: every participating organization; restricted: its owners and named readers
         * @enum {string}
         */
        Level: "public" | "coalition" | "restricted";
        /**
         * @description public: anyone; coalition: every participating organization; restricted: its owners and named readers
         * @enum {string}
         */
        LevelInput: "public" | "coalition" | "restricted";
        ListVersion: {
            approvals: {
                approvedAt: string;
                orgId: string;
                /** @enum {string} */
                role: "ally" | "recipient" | "coordinator" | "supplier" | "auditor";
            }[];
            approvedAt: string | null;
            lines: {
                lineId: string;
                rank: number;
            }[];
            month: string;
            /** @description Roles whose approval is still missing */
            pendingRoles: ("ally" | "recipient" | "coordinator" | "supplier" | "auditor")[];
            proposedAt: string;
            /** @enum {string} */
            status: "pending" | "approved" | "superseded";
            versionId: string;
        };
        ListVersionInput: {
            approvals: {
                approvedAt: string;
                orgId: string;
                /** @enum {string} */
                role: "ally" | "recipient" | "coordinator" | "supplier" | "auditor";
            }[];
            approvedAt: string | null;
            lines: {
                lineId: string;
                rank: number;
            }[];
            month: string;
            /** @description Roles whose approval is still missing */
            pendingRoles: ("ally" | "recipient" | "coordinator" | "supplier" | "auditor")[];
            proposedAt: string;
            /** @enum {string} */
            status: "pending" | "approved" | "superseded";
            versionId: string;
        };
        ListVersionWithHistory: {
            approvals: {
                approvedAt: string;
                orgId: string;
                /** @enum {string} */
                role: "ally" | "recipient" | "coordinator" | "supplier" | "auditor";
            }[];
            approvedAt: string | null;
            history: components["schemas"]["Event"][];
            lines: {
                lineId: string;
                rank: number;
            }[];
            month: string;
            /** @description Roles whose approval is still missing */
            pendingRoles: ("ally" | "recipient" | "coordinator" | "supplier" | "auditor")[];
            proposedAt: string;
            /** @enum {string} */
            status: "pending" | "approved" | "superseded";
            versionId: string;
        };
        ListVersionWithHistoryInput: {
            approvals: {
                approvedAt: string;
                orgId: string;
                /** @enum {string} */
                role: "ally" | "recipient" | "coordinator" | "supplier" | "auditor";
            }[];
            approvedAt: string | null;
            history: components["schemas"]["EventInput"][];
            lines: {
                lineId: string;
                rank: number;
            }[];
            month: string;
            /** @description Roles whose approval is still missing */
            pendingRoles: ("ally" | "recipient" | "coordinator" | "supplier" | "auditor")[];
            proposedAt: string;
            /** @enum {string} */
            status: "pending" | "approved" | "superseded";
            versionId: string;
        };
        LogEntry: {
            /** @description the event as its leaf holds it: classified values (and the request hash) replaced by {"$commitment": base64(SHA-256("purl-ledger/commitment/v1\n" || salt || JCS(value)))}; its RFC 8785 canonical JSON is what the organization signed. Null for an entry about a record withheld from you */
            event: {
                [key: string]: unknown;
            } | null;
            /** @description SHA-256(0x00 || JCS({event, signer, signature})) */
            leafHash: string;
            /** @description seq - 1 */
            leafIndex: number;
            /** @description the values you may read: put each back at its path after checking it against the commitment there */
            openings: {
                path: string;
                /** @description base64 (RFC 4648 section 4) */
                salt: string;
                value: unknown;
            }[];
            seq: number;
            signature: string | null;
            /** @description the signing key as a C2SP verifier key (null when the entry is withheld from you) */
            signer: string | null;
        };
        LogEntryInput: {
            /** @description the event as its leaf holds it: classified values (and the request hash) replaced by {"$commitment": base64(SHA-256("purl-ledger/commitment/v1\n" || salt || JCS(value)))}; its RFC 8785 canonical JSON is what the organization signed. Null for an entry about a record withheld from you */
            event: {
                [key: string]: unknown;
            } | null;
            /** @description SHA-256(0x00 || JCS({event, signer, signature})) */
            leafHash: string;
            /** @description seq - 1 */
            leafIndex: number;
            /** @description the values you may read: put each back at its path after checking it against the commitment there */
            openings: {
                path: string;
                /** @description base64 (RFC 4648 section 4) */
                salt: string;
                value: unknown;
            }[];
            seq: number;
            signature: string | null;
            /** @description the signing key as a C2SP verifier key (null when the entry is withheld from you) */
            signer: string | null;
        };
        LogKeys: {
            keys: {
                createdAt: string;
                /** @description false for keys that came with an imported log: this server cannot sign with them */
                held: boolean;
                keyId: string;
                name: string;
                orgId: string | null;
                /** @enum {string} */
                purpose: "log" | "org";
                /** @description C2SP verifier key: name+keyID+base64(0x01 || Ed25519 public key) */
                vkey: string;
            }[];
            origin: string | null;
        };
        LogKeysInput: {
            keys: {
                createdAt: string;
                /** @description false for keys that came with an imported log: this server cannot sign with them */
                held: boolean;
                keyId: string;
                name: string;
                orgId: string | null;
                /** @enum {string} */
                purpose: "log" | "org";
                /** @description C2SP verifier key: name+keyID+base64(0x01 || Ed25519 public key) */
                vkey: string;
            }[];
            origin: string | null;
        };
        /** @description An exact amount: integer minor units as a string, with its ISO 4217 code */
        Money: {
            /** @enum {string} */
            currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
            minor: string;
        };
        /** @description An exact amount: integer minor units as a string, with its ISO 4217 code */
        MoneyInput: {
            /** @enum {string} */
            currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
            minor: string;
        };
        /** @description A sum the public may know only roughly: at least low, less than high (src/domain/disclosure.ts) */
        MoneyRange: {
            high: components["schemas"]["Money"];
            low: components["schemas"]["Money"];
        };
        /** @description A sum the public may know only roughly: at least low, less than high (src/domain/disclosure.ts) */
        MoneyRangeInput: {
            high: components["schemas"]["MoneyInput"];
            low: components["schemas"]["MoneyInput"];
        };
        NegotiationMilestone: {
            figures: string | null;
            frameworkId: string;
            /** @enum {string} */
            kind: "meeting" | "summit" | "statement" | "proposal" | "offer" | "planning" | "negotiation_round" | "signature" | "background";
            milestoneId: string;
            on: {
                /** @enum {string} */
                precision: "year" | "month" | "day";
                value: string;
            };
            outcome: string;
            participants: {
                name: string;
                orgId?: string;
            }[];
            recordedBy: string;
            sources: components["schemas"]["Source"][];
            title: string;
            topics: ("sustained_funding" | "weapons_supply" | "air_defence" | "maritime_security" | "air_policing" | "training" | "intelligence" | "defence_industry" | "reconstruction" | "sanctions" | "diplomatic_support" | "forces" | "cyber" | "demining" | "other")[];
        };
        NegotiationMilestoneInput: {
            figures: string | null;
            frameworkId: string;
            /** @enum {string} */
            kind: "meeting" | "summit" | "statement" | "proposal" | "offer" | "planning" | "negotiation_round" | "signature" | "background";
            milestoneId: string;
            on: {
                /** @enum {string} */
                precision: "year" | "month" | "day";
                value: string;
            };
            outcome: string;
            participants: {
                name: string;
                orgId?: string;
            }[];
            recordedBy: string;
            sources: components["schemas"]["SourceInput"][];
            title: string;
            topics: ("sustained_funding" | "weapons_supply" | "air_defence" | "maritime_security" | "air_policing" | "training" | "intelligence" | "defence_industry" | "reconstruction" | "sanctions" | "diplomatic_support" | "forces" | "cyber" | "demining" | "other")[];
        };
        Organization: {
            country: string | null;
            name: string;
            orgId: string;
            /** @enum {string} */
            role: "ally" | "recipient" | "coordinator" | "supplier" | "auditor";
        };
        OrganizationInput: {
            country: string | null;
            name: string;
            orgId: string;
            /** @enum {string} */
            role: "ally" | "recipient" | "coordinator" | "supplier" | "auditor";
        };
        Package: {
            /** @description Every allocation to the package, released ones flagged */
            allocations: components["schemas"]["Allocation"][];
            allowOverFunding: boolean;
            cancelledAt: string | null;
            caseReference: string | null;
            /** @description The levels in force on the package and on its lines */
            classification: {
                lines: components["schemas"]["Level"];
                record: components["schemas"]["Level"];
            };
            closedAt: string | null;
            contractedAt: string | null;
            createdAt: string;
            deliveredAt: string | null;
            deliveryStartedAt: string | null;
            /** @description USD value of the live allocations */
            funded: components["schemas"]["Money"];
            fundedAt: string | null;
            /** @description USD still missing to reach the price (zero once funded) */
            gap: components["schemas"]["Money"];
            /** @description true for invented demonstration packages */
            illustrative: boolean;
            /** @description Null when the package's lines are withheld from you */
            lineCount: number | null;
            /** @description Null when withheld from you (see withheld) */
            lines: {
                capabilityArea: string | null;
                item: string | null;
                lineId: string;
                /** @description shipped but confirmed not received; the supplier may ship it again */
                lost: string;
                quantity: string;
                received: string;
                shipped: string;
                status: string | null;
                total: components["schemas"]["Money"];
                unit: string | null;
                unitPrice: components["schemas"]["Money"];
            }[] | null;
            name: string;
            packageId: string;
            /** @description USD: the sum of quantity x supplier unit price over the lines */
            price: components["schemas"]["Money"];
            shipments: components["schemas"]["Shipment"][];
            /** @enum {string} */
            state: "draft" | "prioritised" | "funding" | "funded" | "contracted" | "delivering" | "delivered" | "closed" | "cancelled";
            stateReason: string | null;
            /** @description Fields withheld from you, and why */
            withheld: components["schemas"]["Withheld"][];
        };
        PackageInput: {
            /** @description Every allocation to the package, released ones flagged */
            allocations: components["schemas"]["AllocationInput"][];
            allowOverFunding: boolean;
            cancelledAt: string | null;
            caseReference: string | null;
            /** @description The levels in force on the package and on its lines */
            classification: {
                lines: components["schemas"]["LevelInput"];
                record: components["schemas"]["LevelInput"];
            };
            closedAt: string | null;
            contractedAt: string | null;
            createdAt: string;
            deliveredAt: string | null;
            deliveryStartedAt: string | null;
            /** @description USD value of the live allocations */
            funded: components["schemas"]["MoneyInput"];
            fundedAt: string | null;
            /** @description USD still missing to reach the price (zero once funded) */
            gap: components["schemas"]["MoneyInput"];
            /** @description true for invented demonstration packages */
            illustrative: boolean;
            /** @description Null when the package's lines are withheld from you */
            lineCount: number | null;
            /** @description Null when withheld from you (see withheld) */
            lines: {
                capabilityArea: string | null;
                item: string | null;
                lineId: string;
                /** @description shipped but confirmed not received; the supplier may ship it again */
                lost: string;
                quantity: string;
                received: string;
                shipped: string;
                status: string | null;
                total: components["schemas"]["MoneyInput"];
                unit: string | null;
                unitPrice: components["schemas"]["MoneyInput"];
            }[] | null;
            name: string;
            packageId: string;
            /** @description USD: the sum of quantity x supplier unit price over the lines */
            price: components["schemas"]["MoneyInput"];
            shipments: components["schemas"]["ShipmentInput"][];
            /** @enum {string} */
            state: "draft" | "prioritised" | "funding" | "funded" | "contracted" | "delivering" | "delivered" | "closed" | "cancelled";
            stateReason: string | null;
            /** @description Fields withheld from you, and why */
            withheld: components["schemas"]["WithheldInput"][];
        };
        PackageSummary: {
            allowOverFunding: boolean;
            cancelledAt: string | null;
            caseReference: string | null;
            /** @description The levels in force on the package and on its lines */
            classification: {
                lines: components["schemas"]["Level"];
                record: components["schemas"]["Level"];
            };
            closedAt: string | null;
            contractedAt: string | null;
            createdAt: string;
            deliveredAt: string | null;
            deliveryStartedAt: string | null;
            /** @description USD value of the live allocations */
            funded: components["schemas"]["Money"];
            fundedAt: string | null;
            /** @description USD still missing to reach the price (zero once funded) */
            gap: components["schemas"]["Money"];
            /** @description true for invented demonstration packages */
            illustrative: boolean;
            /** @description Null when the package's lines are withheld from you */
            lineCount: number | null;
            name: string;
            packageId: string;
            /** @description USD: the sum of quantity x supplier unit price over the lines */
            price: components["schemas"]["Money"];
            /** @enum {string} */
            state: "draft" | "prioritised" | "funding" | "funded" | "contracted" | "delivering" | "delivered" | "closed" | "cancelled";
            stateReason: string | null;
            /** @description Fields withheld from you, and why */
            withheld: components["schemas"]["Withheld"][];
        };
        PackageSummaryInput: {
            allowOverFunding: boolean;
            cancelledAt: string | null;
            caseReference: string | null;
            /** @description The levels in force on the package and on its lines */
            classification: {
                lines: components["schemas"]["LevelInput"];
                record: components["schemas"]["LevelInput"];
            };
            closedAt: string | null;
            contractedAt: string | null;
            createdAt: string;
            deliveredAt: string | null;
            deliveryStartedAt: string | null;
            /** @description USD value of the live allocations */
            funded: components["schemas"]["MoneyInput"];
            fundedAt: string | null;
            /** @description USD still missing to reach the price (zero once funded) */
            gap: components["schemas"]["MoneyInput"];
            /** @description true for invented demonstration packages */
            illustrative: boolean;
            /** @description Null when the package's lines are withheld from you */
            lineCount: number | null;
            name: string;
            packageId: string;
            /** @description USD: the sum of quantity x supplier unit price over the lines */
            price: components["schemas"]["MoneyInput"];
            /** @enum {string} */
            state: "draft" | "prioritised" | "funding" | "funded" | "contracted" | "delivering" | "delivered" | "closed" | "cancelled";
            stateReason: string | null;
            /** @description Fields withheld from you, and why */
            withheld: components["schemas"]["WithheldInput"][];
        };
        PillarPage: {
            asOf: string;
            caveat: string;
            guarantors: {
                commitments: components["schemas"]["Commitment"][];
                /** @enum {string} */
                firmestStance: "committed" | "offered" | "proposed" | "stated" | "ruled_out";
                guarantor: {
                    country: string | null;
                    name: string;
                    orgId: string;
                };
                strongestBinding: ("none" | "political_declaration" | "memorandum_of_understanding" | "executive_agreement" | "treaty" | "ratified_law" | "unknown") | null;
            }[];
            label: string;
            milestones: components["schemas"]["NegotiationMilestone"][];
            /** @enum {string} */
            pillar: "sustained_funding" | "weapons_supply" | "air_defence" | "maritime_security" | "air_policing" | "training" | "intelligence" | "defence_industry" | "reconstruction" | "sanctions" | "diplomatic_support" | "forces" | "cyber" | "demining" | "other";
        };
        PillarPageInput: {
            asOf: string;
            caveat: string;
            guarantors: {
                commitments: components["schemas"]["CommitmentInput"][];
                /** @enum {string} */
                firmestStance: "committed" | "offered" | "proposed" | "stated" | "ruled_out";
                guarantor: {
                    country: string | null;
                    name: string;
                    orgId: string;
                };
                strongestBinding: ("none" | "political_declaration" | "memorandum_of_understanding" | "executive_agreement" | "treaty" | "ratified_law" | "unknown") | null;
            }[];
            label: string;
            milestones: components["schemas"]["NegotiationMilestoneInput"][];
            /** @enum {string} */
            pillar: "sustained_funding" | "weapons_supply" | "air_defence" | "maritime_security" | "air_policing" | "training" | "intelligence" | "defence_industry" | "reconstruction" | "sanctions" | "diplomatic_support" | "forces" | "cyber" | "demining" | "other";
        };
        Plan: {
            acceptable: boolean;
            allocations: {
                /** @description in the pledge's currency, as allocate-funds will record it */
                amount: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
                contributors: string[];
                fx: {
                    /** @enum {string} */
                    base: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    date: string;
                    /** @enum {string} */
                    quote: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    rate: string;
                }[];
                packageId: string;
                pledgeId: string;
                /** @description true for a small allocation added only to close an FX rounding gap */
                roundingTopUp: boolean;
                /** @description its USD value at the plan date, as allocate-funds will compute it */
                usdValue: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
            }[];
            asOf: string;
            /** @description the sets of pledges that bind unfunded lines: all spent on more urgent lines only they may fund */
            bindingMoney: {
                id: string;
                pledges: {
                    earmark: string;
                    pledgeId: string;
                    usdValue: {
                        /** @enum {string} */
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                        minor: string;
                    };
                }[];
                total: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
            }[];
            figures: {
                allocations: number;
                /** @description lines funded in full from rank 1 down, before the first that is not */
                fundedRun: number;
                linesFunded: number;
                /** @description the most urgent tenth of the planned lines, at least 10 */
                topLines: number;
                topLinesFunded: number;
                valueFunded: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
            };
            greedy: {
                allocations: number;
                /** @enum {string} */
                comparison: "planner_better" | "equal";
                /** @description lines funded in full from rank 1 down, before the first that is not */
                fundedRun: number;
                linesFunded: number;
                /** @description the most urgent tenth of the planned lines, at least 10 */
                topLines: number;
                topLinesFunded: number;
                valueFunded: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
            };
            lines: {
                binding: {
                    /** @description money that could still reach the line at its turn */
                    available: {
                        /** @enum {string} */
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                        minor: string;
                    };
                    /** @enum {string} */
                    kind: "no_eligible_money" | "budget" | "whole_package" | "unit_price" | "whole_package_decided";
                    /** @description the binding money: an id in the plan's bindingMoney (many lines share it) */
                    money: string | null;
                    /** @description money its remaining units needed at its turn */
                    needed: {
                        /** @enum {string} */
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                        minor: string;
                    };
                    /** @description more money that may fund it would fund it in full, every more urgent line keeping its funding */
                    shortfall: {
                        /** @enum {string} */
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                        minor: string;
                    };
                } | null;
                capabilityArea: string;
                /** @description pledges whose money goes to its package (or is reserved for it) */
                fundedBy: string[];
                item: string;
                lineId: string;
                neededBy: string;
                /** @enum {string} */
                outcome: "already_funded" | "funded" | "partly_funded" | "unfunded";
                plannedValue: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
                quantity: string;
                rank: number;
                reason: string | null;
                /** @description the line's status once the plan is accepted (lines are funded when their package is) */
                statusAfterAccept: string;
                statusNow: string;
                target: {
                    id: string;
                    /** @enum {string} */
                    kind: "package" | "line";
                    open: boolean;
                };
                unitPrice: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
                /** @description units current funding already pays for */
                unitsPaidBefore: string;
                /** @description new units the plan funds */
                unitsPlanned: string;
            }[];
            notAcceptable: string[];
            optimality: {
                allocations: number;
                /** @description no plan funding the same lines needs fewer allocations */
                allocationsBound: number;
                /** @description (allocations - bound) / allocations; 0 when proven */
                gap: number;
                /**
                 * @description levels 1 and 2 are solved exactly (lexicographic solves, exact integers)
                 * @constant
                 */
                priorities: "exact";
                /** @description every level of the objective is proven optimal */
                proven: boolean;
                solveMs: number;
                status: string;
            };
            packages: {
                becomesFunded: boolean;
                fundedAfter: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
                fundedBefore: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
                name: string;
                packageId: string;
                /** @description new allocations (open packages) or money reserved (drafts) */
                planned: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
                price: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
                /** @description what FX rounding leaves the allocations short of the plan, if anything */
                roundingShortfall: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                } | null;
                state: string;
                /** @description must be funded whole: some line does not allow partial funding */
                wholeOnly: boolean;
            }[];
            planId: string;
            pledges: {
                allocatable: boolean;
                /** @description allocated by the plan, in the pledge's currency */
                allocated: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
                contributors: string[];
                earmark: string;
                fx: {
                    /** @enum {string} */
                    base: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    date: string;
                    /** @enum {string} */
                    quote: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    rate: string;
                }[];
                /** @description USD value of what the plan leaves unused, at the plan date */
                leftUsd: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
                pledgeId: string;
                /** @description what was left to allocate, in the pledge's currency */
                remaining: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
                /** @description reserved for drafts and lines in no package */
                reservedUsd: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
                state: string;
                usdValue: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
            }[];
            reservations: {
                note: string;
                pledgeId: string;
                targetId: string;
                /** @enum {string} */
                targetKind: "package" | "line";
                usdValue: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
            }[];
            skippedPledges: {
                pledgeId: string;
                reason: string;
            }[];
            snapshotHash: string;
            unplannable: {
                lineId: string;
                rank: number;
                reason: string;
                status: string;
            }[];
            warnings: string[];
            whatWouldChange: {
                extraUnearmarked: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
                lineIds: string[];
                message: string;
                throughRank: number;
            }[];
        };
        PlanInput: {
            acceptable: boolean;
            allocations: {
                /** @description in the pledge's currency, as allocate-funds will record it */
                amount: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
                contributors: string[];
                fx: {
                    /** @enum {string} */
                    base: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    date: string;
                    /** @enum {string} */
                    quote: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    rate: string;
                }[];
                packageId: string;
                pledgeId: string;
                /** @description true for a small allocation added only to close an FX rounding gap */
                roundingTopUp: boolean;
                /** @description its USD value at the plan date, as allocate-funds will compute it */
                usdValue: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
            }[];
            asOf: string;
            /** @description the sets of pledges that bind unfunded lines: all spent on more urgent lines only they may fund */
            bindingMoney: {
                id: string;
                pledges: {
                    earmark: string;
                    pledgeId: string;
                    usdValue: {
                        /** @enum {string} */
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                        minor: string;
                    };
                }[];
                total: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
            }[];
            figures: {
                allocations: number;
                /** @description lines funded in full from rank 1 down, before the first that is not */
                fundedRun: number;
                linesFunded: number;
                /** @description the most urgent tenth of the planned lines, at least 10 */
                topLines: number;
                topLinesFunded: number;
                valueFunded: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
            };
            greedy: {
                allocations: number;
                /** @enum {string} */
                comparison: "planner_better" | "equal";
                /** @description lines funded in full from rank 1 down, before the first that is not */
                fundedRun: number;
                linesFunded: number;
                /** @description the most urgent tenth of the planned lines, at least 10 */
                topLines: number;
                topLinesFunded: number;
                valueFunded: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
            };
            lines: {
                binding: {
                    /** @description money that could still reach the line at its turn */
                    available: {
                        /** @enum {string} */
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                        minor: string;
                    };
                    /** @enum {string} */
                    kind: "no_eligible_money" | "budget" | "whole_package" | "unit_price" | "whole_package_decided";
                    /** @description the binding money: an id in the plan's bindingMoney (many lines share it) */
                    money: string | null;
                    /** @description money its remaining units needed at its turn */
                    needed: {
                        /** @enum {string} */
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                        minor: string;
                    };
                    /** @description more money that may fund it would fund it in full, every more urgent line keeping its funding */
                    shortfall: {
                        /** @enum {string} */
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                        minor: string;
                    };
                } | null;
                capabilityArea: string;
                /** @description pledges whose money goes to its package (or is reserved for it) */
                fundedBy: string[];
                item: string;
                lineId: string;
                neededBy: string;
                /** @enum {string} */
                outcome: "already_funded" | "funded" | "partly_funded" | "unfunded";
                plannedValue: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
                quantity: string;
                rank: number;
                reason: string | null;
                /** @description the line's status once the plan is accepted (lines are funded when their package is) */
                statusAfterAccept: string;
                statusNow: string;
                target: {
                    id: string;
                    /** @enum {string} */
                    kind: "package" | "line";
                    open: boolean;
                };
                unitPrice: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
                /** @description units current funding already pays for */
                unitsPaidBefore: string;
                /** @description new units the plan funds */
                unitsPlanned: string;
            }[];
            notAcceptable: string[];
            optimality: {
                allocations: number;
                /** @description no plan funding the same lines needs fewer allocations */
                allocationsBound: number;
                /** @description (allocations - bound) / allocations; 0 when proven */
                gap: number;
                /**
                 * @description levels 1 and 2 are solved exactly (lexicographic solves, exact integers)
                 * @constant
                 */
                priorities: "exact";
                /** @description every level of the objective is proven optimal */
                proven: boolean;
                solveMs: number;
                status: string;
            };
            packages: {
                becomesFunded: boolean;
                fundedAfter: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
                fundedBefore: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
                name: string;
                packageId: string;
                /** @description new allocations (open packages) or money reserved (drafts) */
                planned: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
                price: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
                /** @description what FX rounding leaves the allocations short of the plan, if anything */
                roundingShortfall: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                } | null;
                state: string;
                /** @description must be funded whole: some line does not allow partial funding */
                wholeOnly: boolean;
            }[];
            planId: string;
            pledges: {
                allocatable: boolean;
                /** @description allocated by the plan, in the pledge's currency */
                allocated: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
                contributors: string[];
                earmark: string;
                fx: {
                    /** @enum {string} */
                    base: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    date: string;
                    /** @enum {string} */
                    quote: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    rate: string;
                }[];
                /** @description USD value of what the plan leaves unused, at the plan date */
                leftUsd: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
                pledgeId: string;
                /** @description what was left to allocate, in the pledge's currency */
                remaining: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
                /** @description reserved for drafts and lines in no package */
                reservedUsd: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
                state: string;
                usdValue: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
            }[];
            reservations: {
                note: string;
                pledgeId: string;
                targetId: string;
                /** @enum {string} */
                targetKind: "package" | "line";
                usdValue: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
            }[];
            skippedPledges: {
                pledgeId: string;
                reason: string;
            }[];
            snapshotHash: string;
            unplannable: {
                lineId: string;
                rank: number;
                reason: string;
                status: string;
            }[];
            warnings: string[];
            whatWouldChange: {
                extraUnearmarked: {
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "NOK" | "SEK" | "DKK" | "PLN" | "CHF" | "CZK" | "ISK" | "JPY" | "AUD" | "UAH";
                    minor: string;
                };
                lineIds: string[];
                message: string;
                throughRank: number;
            }[];
        };
        Pledge: {
            allocated: components["schemas"]["Money"] | null;
            amount: components["schemas"]["Money"] | null;
            amountMissingReason: string | null;
            announcedOn: {
                precision: string;
                value: string;
            };
            /** @description The levels in force on the record and on its amount */
            classification: {
                amount: components["schemas"]["Level"];
                record: components["schemas"]["Level"];
            };
            contents: string | null;
            contributors: {
                orgId: string;
                share?: components["schemas"]["Money"];
            }[];
            counts: boolean;
            duplicateOf: string | null;
            duplicateReason: string | null;
            earmark: {
                [key: string]: unknown;
            };
            /** @description Which figure the ledger uses for this pledge and why, where the record offers several */
            figureBasis: string | null;
            note: string | null;
            packageNumberClaim: string | null;
            paid: components["schemas"]["Money"] | null;
            pledgeId: string;
            qualifier: string;
            recordedAt: string;
            sources: components["schemas"]["Source"][];
            state: string;
            statedEquivalent: components["schemas"]["Money"] | null;
            stateReason: string | null;
            /** @description Fields this caller may not read (their values are null or left out), and why */
            withheld: components["schemas"]["Withheld"][];
        };
        PledgeInput: {
            allocated: components["schemas"]["MoneyInput"] | null;
            amount: components["schemas"]["MoneyInput"] | null;
            amountMissingReason: string | null;
            announcedOn: {
                precision: string;
                value: string;
            };
            /** @description The levels in force on the record and on its amount */
            classification: {
                amount: components["schemas"]["LevelInput"];
                record: components["schemas"]["LevelInput"];
            };
            contents: string | null;
            contributors: {
                orgId: string;
                share?: components["schemas"]["MoneyInput"];
            }[];
            counts: boolean;
            duplicateOf: string | null;
            duplicateReason: string | null;
            earmark: {
                [key: string]: unknown;
            };
            /** @description Which figure the ledger uses for this pledge and why, where the record offers several */
            figureBasis: string | null;
            note: string | null;
            packageNumberClaim: string | null;
            paid: components["schemas"]["MoneyInput"] | null;
            pledgeId: string;
            qualifier: string;
            recordedAt: string;
            sources: components["schemas"]["SourceInput"][];
            state: string;
            statedEquivalent: components["schemas"]["MoneyInput"] | null;
            stateReason: string | null;
            /** @description Fields this caller may not read (their values are null or left out), and why */
            withheld: components["schemas"]["WithheldInput"][];
        };
        /** @description RFC 9457 problem details; `errors` names each offending field */
        Problem: {
            code: string;
            detail: string;
            errors?: {
                field: string;
                message: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
        } & {
            [key: string]: unknown;
        };
        /** @description RFC 9457 problem details; `errors` names each offending field */
        ProblemInput: {
            code: string;
            detail: string;
            errors?: {
                field: string;
                message: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
        } & {
            [key: string]: unknown;
        };
        PublicOverview: {
            asOf: string;
            /** @description Totals of the pledges the public may see, by contributor, exactly */
            contributors: {
                announced: components["schemas"]["Money"];
                committed: components["schemas"]["Money"];
                contributors: string[];
                key: string;
                paid: components["schemas"]["Money"];
                pledges: number;
            }[];
            coverage: {
                band: string;
                funded: components["schemas"]["MoneyRange"];
                lines: number;
                need: components["schemas"]["MoneyRange"];
                /** @description Share of the need funded, in whole percent, as a range */
                percent: {
                    high: number;
                    low: number;
                } | null;
            }[];
            gap: {
                totalGap: components["schemas"]["MoneyRange"];
            };
            monthly: {
                /** @description Committed that month by pledges the public may see, exactly */
                committed: components["schemas"]["Money"];
                cumulative: components["schemas"]["Money"];
                cumulativeTarget: components["schemas"]["Money"];
                cumulativeUndisclosed: components["schemas"]["MoneyRange"];
                month: string;
                target: components["schemas"]["Money"];
                /** @description Committed that month by the rest of the coalition, not announced publicly */
                undisclosed: components["schemas"]["MoneyRange"];
            }[];
            packagesByState: {
                count: number;
                state: string;
            }[];
            pledges: {
                amount: components["schemas"]["Money"] | null;
                announcedOn: {
                    precision: string;
                    value: string;
                };
                contributors: string[];
                counts: boolean;
                duplicateOf: string | null;
                pledgeId: string;
                qualifier: string;
                sources: {
                    date?: string;
                    publisher?: string;
                    /** @enum {string} */
                    tier?: "A" | "B";
                    url: string;
                }[];
                state: string;
            }[];
            /** @description Money of the coalition not announced publicly, all contributors together, as ranges; restricted figures are not in it */
            undisclosed: {
                announced: components["schemas"]["MoneyRange"];
                committed: components["schemas"]["MoneyRange"];
                paid: components["schemas"]["MoneyRange"];
            };
        };
        PublicOverviewInput: {
            asOf: string;
            /** @description Totals of the pledges the public may see, by contributor, exactly */
            contributors: {
                announced: components["schemas"]["MoneyInput"];
                committed: components["schemas"]["MoneyInput"];
                contributors: string[];
                key: string;
                paid: components["schemas"]["MoneyInput"];
                pledges: number;
            }[];
            coverage: {
                band: string;
                funded: components["schemas"]["MoneyRangeInput"];
                lines: number;
                need: components["schemas"]["MoneyRangeInput"];
                /** @description Share of the need funded, in whole percent, as a range */
                percent: {
                    high: number;
                    low: number;
                } | null;
            }[];
            gap: {
                totalGap: components["schemas"]["MoneyRangeInput"];
            };
            monthly: {
                /** @description Committed that month by pledges the public may see, exactly */
                committed: components["schemas"]["MoneyInput"];
                cumulative: components["schemas"]["MoneyInput"];
                cumulativeTarget: components["schemas"]["MoneyInput"];
                cumulativeUndisclosed: components["schemas"]["MoneyRangeInput"];
                month: string;
                target: components["schemas"]["MoneyInput"];
                /** @description Committed that month by the rest of the coalition, not announced publicly */
                undisclosed: components["schemas"]["MoneyRangeInput"];
            }[];
            packagesByState: {
                count: number;
                state: string;
            }[];
            pledges: {
                amount: components["schemas"]["MoneyInput"] | null;
                announcedOn: {
                    precision: string;
                    value: string;
                };
                contributors: string[];
                counts: boolean;
                duplicateOf: string | null;
                pledgeId: string;
                qualifier: string;
                sources: {
                    date?: string;
                    publisher?: string;
                    /** @enum {string} */
                    tier?: "A" | "B";
                    url: string;
                }[];
                state: string;
            }[];
            /** @description Money of the coalition not announced publicly, all contributors together, as ranges; restricted figures are not in it */
            undisclosed: {
                announced: components["schemas"]["MoneyRangeInput"];
                committed: components["schemas"]["MoneyRangeInput"];
                paid: components["schemas"]["MoneyRangeInput"];
            };
        };
        PublicTotal: {
            amount: components["schemas"]["Money"] | null;
            claimId: string;
            contributorsCount: number | null;
            date: string;
            note: string | null;
            packagesCount: number | null;
            saidBy: string;
            scope: string;
            sources: components["schemas"]["Source"][];
        };
        PublicTotalInput: {
            amount: components["schemas"]["MoneyInput"] | null;
            claimId: string;
            contributorsCount: number | null;
            date: string;
            note: string | null;
            packagesCount: number | null;
            saidBy: string;
            scope: string;
            sources: components["schemas"]["SourceInput"][];
        };
        /** @description The active lines, most urgent first */
        Ranking: {
            items: components["schemas"]["Requirement"][];
        };
        /** @description The active lines, most urgent first */
        RankingInput: {
            items: components["schemas"]["RequirementInput"][];
        };
        Reconciliation: {
            caveats: {
                atStake: components["schemas"]["Money"];
                mayBeWithin: string;
                pledgeId: string;
                reason: string;
            }[];
            claim: {
                amount: components["schemas"]["Money"] | null;
                claimId: string;
                contributorsCount: number | null;
                date: string;
                note: string | null;
                packagesCount: number | null;
                saidBy: string;
                scope: string;
                sources: components["schemas"]["Source"][];
            };
            /** @description the difference, broken down: claim = ledger + the sum of these amounts, exactly */
            components: {
                amount: components["schemas"]["Money"];
                items: {
                    detail: string;
                    pledgeId: string;
                    value: components["schemas"]["Money"] | null;
                }[];
                /** @enum {string} */
                kind: "fx" | "duplicates" | "no_amount" | "no_rate" | "qualifier" | "rounding" | "unexplained" | "not_comparable";
                text: string;
            }[];
            counts: {
                contributors: {
                    claimed: number;
                    counted: string[];
                    difference: number;
                    explained: boolean;
                    explanation: string | null;
                    ledger: number;
                } | null;
                packages: {
                    claimed: number;
                    counted: string[];
                    difference: number;
                    explained: boolean;
                    explanation: string | null;
                    ledger: number;
                } | null;
            };
            currency: string;
            /** @description claim minus ledger; null when the claim states no amount */
            difference: components["schemas"]["Money"] | null;
            explained: boolean;
            /** @description the ledger's figure: the sum of the lines' converted values */
            ledger: components["schemas"]["Money"];
            lines: {
                contributors: string[];
                converted: components["schemas"]["Money"];
                original: components["schemas"]["Money"];
                pledgeId: string;
                qualifier: string;
                rates: {
                    base: string;
                    date: string;
                    implied: boolean;
                    quote: string;
                    rate: string;
                    source: string;
                }[];
                speaker: components["schemas"]["Money"];
                speakerBasis: string;
            }[];
            outOfScope: string[];
            scope: {
                announcedBy: string;
                /** @enum {string} */
                basis: "par" | "stated" | "converted";
                comparable: boolean;
                description: string;
                /** @enum {string} */
                measure: "pledged" | "paid";
                /** @enum {string} */
                qualifier: "exact" | "over" | "at_least" | "about" | "up_to";
                why: string;
            };
        };
        ReconciliationInput: {
            caveats: {
                atStake: components["schemas"]["MoneyInput"];
                mayBeWithin: string;
                pledgeId: string;
                reason: string;
            }[];
            claim: {
                amount: components["schemas"]["MoneyInput"] | null;
                claimId: string;
                contributorsCount: number | null;
                date: string;
                note: string | null;
                packagesCount: number | null;
                saidBy: string;
                scope: string;
                sources: components["schemas"]["SourceInput"][];
            };
            /** @description the difference, broken down: claim = ledger + the sum of these amounts, exactly */
            components: {
                amount: components["schemas"]["MoneyInput"];
                items: {
                    detail: string;
                    pledgeId: string;
                    value: components["schemas"]["MoneyInput"] | null;
                }[];
                /** @enum {string} */
                kind: "fx" | "duplicates" | "no_amount" | "no_rate" | "qualifier" | "rounding" | "unexplained" | "not_comparable";
                text: string;
            }[];
            counts: {
                contributors: {
                    claimed: number;
                    counted: string[];
                    difference: number;
                    explained: boolean;
                    explanation: string | null;
                    ledger: number;
                } | null;
                packages: {
                    claimed: number;
                    counted: string[];
                    difference: number;
                    explained: boolean;
                    explanation: string | null;
                    ledger: number;
                } | null;
            };
            currency: string;
            /** @description claim minus ledger; null when the claim states no amount */
            difference: components["schemas"]["MoneyInput"] | null;
            explained: boolean;
            /** @description the ledger's figure: the sum of the lines' converted values */
            ledger: components["schemas"]["MoneyInput"];
            lines: {
                contributors: string[];
                converted: components["schemas"]["MoneyInput"];
                original: components["schemas"]["MoneyInput"];
                pledgeId: string;
                qualifier: string;
                rates: {
                    base: string;
                    date: string;
                    implied: boolean;
                    quote: string;
                    rate: string;
                    source: string;
                }[];
                speaker: components["schemas"]["MoneyInput"];
                speakerBasis: string;
            }[];
            outOfScope: string[];
            scope: {
                announcedBy: string;
                /** @enum {string} */
                basis: "par" | "stated" | "converted";
                comparable: boolean;
                description: string;
                /** @enum {string} */
                measure: "pledged" | "paid";
                /** @enum {string} */
                qualifier: "exact" | "over" | "at_least" | "about" | "up_to";
                why: string;
            };
        };
        Requirement: {
            availability: string | null;
            capabilityArea: string;
            deliveredAt: string | null;
            estimatedTotal: components["schemas"]["Money"];
            estimatedUnitPrice: components["schemas"]["Money"];
            fundedAt: string | null;
            /** @description true for invented demonstration lines */
            illustrative: boolean;
            item: string;
            lineId: string;
            neededBy: string;
            packageId: string | null;
            partialAllowed: boolean;
            pricedAt: string | null;
            pricedTotal: components["schemas"]["Money"] | null;
            proposedAt: string;
            quantity: string;
            /** @description 1 = most urgent; null once the line has left the ranking */
            rank: number | null;
            /** @enum {string} */
            status: "proposed" | "validated" | "priced" | "packaged" | "funded" | "delivered" | "rejected" | "withdrawn";
            statusReason: string | null;
            unit: string;
            unitPrice: components["schemas"]["Money"] | null;
            validatedAt: string | null;
        };
        RequirementInput: {
            availability: string | null;
            capabilityArea: string;
            deliveredAt: string | null;
            estimatedTotal: components["schemas"]["MoneyInput"];
            estimatedUnitPrice: components["schemas"]["MoneyInput"];
            fundedAt: string | null;
            /** @description true for invented demonstration lines */
            illustrative: boolean;
            item: string;
            lineId: string;
            neededBy: string;
            packageId: string | null;
            partialAllowed: boolean;
            pricedAt: string | null;
            pricedTotal: components["schemas"]["MoneyInput"] | null;
            proposedAt: string;
            quantity: string;
            /** @description 1 = most urgent; null once the line has left the ranking */
            rank: number | null;
            /** @enum {string} */
            status: "proposed" | "validated" | "priced" | "packaged" | "funded" | "delivered" | "rejected" | "withdrawn";
            statusReason: string | null;
            unit: string;
            unitPrice: components["schemas"]["MoneyInput"] | null;
            validatedAt: string | null;
        };
        RequirementWithHistory: {
            availability: string | null;
            capabilityArea: string;
            deliveredAt: string | null;
            estimatedTotal: components["schemas"]["Money"];
            estimatedUnitPrice: components["schemas"]["Money"];
            fundedAt: string | null;
            history: components["schemas"]["Event"][];
            /** @description true for invented demonstration lines */
            illustrative: boolean;
            item: string;
            lineId: string;
            neededBy: string;
            packageId: string | null;
            partialAllowed: boolean;
            pricedAt: string | null;
            pricedTotal: components["schemas"]["Money"] | null;
            proposedAt: string;
            quantity: string;
            /** @description 1 = most urgent; null once the line has left the ranking */
            rank: number | null;
            /** @enum {string} */
            status: "proposed" | "validated" | "priced" | "packaged" | "funded" | "delivered" | "rejected" | "withdrawn";
            statusReason: string | null;
            unit: string;
            unitPrice: components["schemas"]["Money"] | null;
            validatedAt: string | null;
        };
        RequirementWithHistoryInput: {
            availability: string | null;
            capabilityArea: string;
            deliveredAt: string | null;
            estimatedTotal: components["schemas"]["MoneyInput"];
            estimatedUnitPrice: components["schemas"]["MoneyInput"];
            fundedAt: string | null;
            history: components["schemas"]["EventInput"][];
            /** @description true for invented demonstration lines */
            illustrative: boolean;
            item: string;
            lineId: string;
            neededBy: string;
            packageId: string | null;
            partialAllowed: boolean;
            pricedAt: string | null;
            pricedTotal: components["schemas"]["MoneyInput"] | null;
            proposedAt: string;
            quantity: string;
            /** @description 1 = most urgent; null once the line has left the ranking */
            rank: number | null;
            /** @enum {string} */
            status: "proposed" | "validated" | "priced" | "packaged" | "funded" | "delivered" | "rejected" | "withdrawn";
            statusReason: string | null;
            unit: string;
            unitPrice: components["schemas"]["MoneyInput"] | null;
            validatedAt: string | null;
        };
        Session: {
            actor: {
                orgId: string;
                /** @enum {string} */
                role: "ally" | "recipient" | "coordinator" | "supplier" | "auditor";
                userId: string;
            };
            /** @description send as the X-CSRF-Token header with every write made with this session */
            csrfToken: string;
            /** @description the session ends then, however active */
            expiresAt: string;
            /** @description ... or after this long without a request */
            idleTimeoutSeconds: number;
        };
        SessionInput: {
            actor: {
                orgId: string;
                /** @enum {string} */
                role: "ally" | "recipient" | "coordinator" | "supplier" | "auditor";
                userId: string;
            };
            /** @description send as the X-CSRF-Token header with every write made with this session */
            csrfToken: string;
            /** @description the session ends then, however active */
            expiresAt: string;
            /** @description ... or after this long without a request */
            idleTimeoutSeconds: number;
        };
        Shipment: {
            /** @description The levels in force on the shipment and on its schedule */
            classification: {
                record: components["schemas"]["Level"];
                schedule: components["schemas"]["Level"];
            };
            item: string | null;
            /** @description Null when the package's lines are withheld from you */
            lineId: string | null;
            note: string | null;
            packageId: string;
            quantity: string | null;
            receivedOn: string | null;
            /** @description Null until the recipient confirms receipt */
            receivedQuantity: string | null;
            shipmentId: string;
            /** @description Null when the shipment's schedule is withheld from you */
            shippedOn: string | null;
            /** @description Fields withheld from you, and why */
            withheld: components["schemas"]["Withheld"][];
        };
        ShipmentInput: {
            /** @description The levels in force on the shipment and on its schedule */
            classification: {
                record: components["schemas"]["LevelInput"];
                schedule: components["schemas"]["LevelInput"];
            };
            item: string | null;
            /** @description Null when the package's lines are withheld from you */
            lineId: string | null;
            note: string | null;
            packageId: string;
            quantity: string | null;
            receivedOn: string | null;
            /** @description Null until the recipient confirms receipt */
            receivedQuantity: string | null;
            shipmentId: string;
            /** @description Null when the shipment's schedule is withheld from you */
            shippedOn: string | null;
            /** @description Fields withheld from you, and why */
            withheld: components["schemas"]["WithheldInput"][];
        };
        /** @description Where a claim was made: URL, publisher, date, quote; tier A is official or quoting officials directly */
        Source: {
            date?: string;
            publisher?: string;
            quote?: string;
            /** @enum {string} */
            tier?: "A" | "B";
            url: string;
        };
        /** @description Where a claim was made: URL, publisher, date, quote; tier A is official or quoting officials directly */
        SourceInput: {
            date?: string;
            publisher?: string;
            quote?: string;
            /** @enum {string} */
            tier?: "A" | "B";
            url: string;
        };
        Summary: {
            asOf: string;
            contributors: {
                byCurrency: {
                    announced: components["schemas"]["Money"];
                    committed: components["schemas"]["Money"];
                    paid: components["schemas"]["Money"];
                }[];
                contributors: string[];
                eur: {
                    announced: components["schemas"]["Money"];
                    committed: components["schemas"]["Money"];
                    paid: components["schemas"]["Money"];
                };
                key: string;
                pledges: number;
                unconverted: string[];
                usd: {
                    announced: components["schemas"]["Money"];
                    committed: components["schemas"]["Money"];
                    paid: components["schemas"]["Money"];
                };
                withoutAmount: string[];
            }[];
            coverage: {
                band: string;
                coverageBp: number | null;
                funded: components["schemas"]["Money"];
                lines: number;
                need: components["schemas"]["Money"];
            }[];
            gap: {
                packagedGap: components["schemas"]["Money"];
                packages: {
                    allocated: components["schemas"]["Money"];
                    gap: components["schemas"]["Money"];
                    packageId: string;
                    price: components["schemas"]["Money"];
                }[];
                totalGap: components["schemas"]["Money"];
                unpackagedNeed: components["schemas"]["Money"];
            };
            leadTimes: {
                count: number;
                maxDays: number | null;
                medianDays: number | null;
                minDays: number | null;
                stage: string;
            }[];
            monthly: {
                committed: components["schemas"]["Money"];
                cumulative: components["schemas"]["Money"];
                cumulativeBp: number;
                cumulativeTarget: components["schemas"]["Money"];
                month: string;
                target: components["schemas"]["Money"];
                /** @description committed as a share of the target, in basis points */
                targetBp: number;
            }[];
            unconverted: string[];
            /** @description What these totals leave out because the caller may not read it: pledges not shown at all, and amounts withheld (their pledges are counted, their money is not) */
            withheld: {
                amounts: number;
                pledges: number;
            };
        };
        SummaryInput: {
            asOf: string;
            contributors: {
                byCurrency: {
                    announced: components["schemas"]["MoneyInput"];
                    committed: components["schemas"]["MoneyInput"];
                    paid: components["schemas"]["MoneyInput"];
                }[];
                contributors: string[];
                eur: {
                    announced: components["schemas"]["MoneyInput"];
                    committed: components["schemas"]["MoneyInput"];
                    paid: components["schemas"]["MoneyInput"];
                };
                key: string;
                pledges: number;
                unconverted: string[];
                usd: {
                    announced: components["schemas"]["MoneyInput"];
                    committed: components["schemas"]["MoneyInput"];
                    paid: components["schemas"]["MoneyInput"];
                };
                withoutAmount: string[];
            }[];
            coverage: {
                band: string;
                coverageBp: number | null;
                funded: components["schemas"]["MoneyInput"];
                lines: number;
                need: components["schemas"]["MoneyInput"];
            }[];
            gap: {
                packagedGap: components["schemas"]["MoneyInput"];
                packages: {
                    allocated: components["schemas"]["MoneyInput"];
                    gap: components["schemas"]["MoneyInput"];
                    packageId: string;
                    price: components["schemas"]["MoneyInput"];
                }[];
                totalGap: components["schemas"]["MoneyInput"];
                unpackagedNeed: components["schemas"]["MoneyInput"];
            };
            leadTimes: {
                count: number;
                maxDays: number | null;
                medianDays: number | null;
                minDays: number | null;
                stage: string;
            }[];
            monthly: {
                committed: components["schemas"]["MoneyInput"];
                cumulative: components["schemas"]["MoneyInput"];
                cumulativeBp: number;
                cumulativeTarget: components["schemas"]["MoneyInput"];
                month: string;
                target: components["schemas"]["MoneyInput"];
                /** @description committed as a share of the target, in basis points */
                targetBp: number;
            }[];
            unconverted: string[];
            /** @description What these totals leave out because the caller may not read it: pledges not shown at all, and amounts withheld (their pledges are counted, their money is not) */
            withheld: {
                amounts: number;
                pledges: number;
            };
        };
        User: {
            disabledAt: string | null;
            disabledReason: string | null;
            displayName: string;
            /** @description a password is set, so the user can sign in */
            hasPassword: boolean;
            orgId: string;
            registeredAt: string;
            /** @enum {string} */
            status: "active" | "disabled";
            /** @description sign-in also needs a one-time code */
            totpEnabled: boolean;
            userId: string;
        };
        UserInput: {
            disabledAt: string | null;
            disabledReason: string | null;
            displayName: string;
            /** @description a password is set, so the user can sign in */
            hasPassword: boolean;
            orgId: string;
            registeredAt: string;
            /** @enum {string} */
            status: "active" | "disabled";
            /** @description sign-in also needs a one-time code */
            totpEnabled: boolean;
            userId: string;
        };
        /** @description A field this caller may not read: its level, the reason code, and the day it becomes public, if set */
        Withheld: {
            discloseOn: string | null;
            field: string;
            level: components["schemas"]["Level"];
            reason: string | null;
        };
        /** @description A field this caller may not read: its level, the reason code, and the day it becomes public, if set */
        WithheldInput: {
            discloseOn: string | null;
            field: string;
            level: components["schemas"]["LevelInput"];
            reason: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
