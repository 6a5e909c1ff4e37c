"""Facts → CPT/HCPCS code lines, modifiers, units, ICD-10 support and documentation findings.

Plain Python: nothing here imports spaCy, so integrators can code facts they extracted elsewhere.
"""
