"""The numbered schema steps, one module per step (s0001_initial ... ); db/migrations.py runs them in order.

A step that has shipped is never edited: a change to the schema is the next step, in a new module.
"""
