package com.market25.member;

/** Collected instead of a resident registration number, which the shop never asks for. */
public enum Gender {
    M, F
}
