"""Safety proofs for Midway: isolation, hostile input, web security, crash safety.

A test-only package (no models, not an installed app). Its helpers discover routes,
forms and space-owned models by themselves, so a new feature is covered, or fails
loudly, without anyone editing these tests.
"""
