package com.market25.signin;

import java.io.Serializable;
import java.util.Optional;

/** The outcome of a sign-in and, when it succeeded, who signed in. */
public record SignInResult<T extends Serializable>(SignInOutcome outcome, T account) implements Serializable {

    public static <T extends Serializable> SignInResult<T> of(SignInOutcome outcome) {
        if (outcome == SignInOutcome.SIGNED_IN) {
            throw new IllegalArgumentException("a successful sign-in names its account");
        }
        return new SignInResult<>(outcome, null);
    }

    public static <T extends Serializable> SignInResult<T> signedIn(T account) {
        return new SignInResult<>(SignInOutcome.SIGNED_IN, account);
    }

    public boolean signedIn() {
        return outcome == SignInOutcome.SIGNED_IN;
    }

    public Optional<T> signedInAccount() {
        return Optional.ofNullable(account);
    }
}
