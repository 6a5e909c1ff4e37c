"""A packed, per-row int8 forward pass of the MiniLM (BERT) encoder: fast *and* batch-independent.

Why not the Hugging Face forward with ``quantize_dynamic``: dynamic int8 picks one activation
scale per tensor, so a sentence's embedding changed with its batch mates (cosine 0.96-0.99 to
fp32), which forced one sentence per forward pass (~2x slower). Here

- every linear layer quantizes each token row with its own scale (symmetric int8) and each
  weight output channel with its own scale; the product is accumulated exactly in int32
  (``torch._int_mm``), so a row's result cannot depend on the other rows (cosine to fp32
  >= 0.999 on the training sentences);
- the sentences of a call are *packed* (concatenated, no padding) for the linear layers, where
  nearly all the time goes, and attention runs per sentence: no padded token is computed, and
  a sentence's embedding is bitwise the same alone or batched (tested);
- Q, K and V are one fused int8 matrix (one activation quantization instead of three).

Only inference; the weights are those of the loaded Hugging Face model (first ``layers`` layers).
"""

from __future__ import annotations

from typing import Sequence

import torch
from torch.nn import functional as F


class RowInt8Linear:
    """``y = x @ W.T + b`` with int8 weights (per output channel) and int8 activations (per row)."""

    def __init__(self, weight: torch.Tensor, bias: torch.Tensor) -> None:
        w = weight.detach().to(torch.float32)
        scale = w.abs().amax(dim=1).clamp(min=1e-12) / 127.0
        self.weight_t = torch.round(w / scale[:, None]).to(torch.int8).t().contiguous()
        self.scale = scale
        self.bias = bias.detach().to(torch.float32).clone()

    def __call__(self, x: torch.Tensor) -> torch.Tensor:
        row_scale = x.abs().amax(dim=1, keepdim=True).clamp_(min=1e-12).div_(127.0)
        # Multiplying by the reciprocal is ~15x faster than a broadcast division here (measured).
        q = x.mul(row_scale.reciprocal()).round_().to(torch.int8)
        y = torch._int_mm(q, self.weight_t).to(torch.float32)
        return y.mul_(row_scale).mul_(self.scale).add_(self.bias)


class _Layer:
    """One BERT layer's weights, with Q/K/V fused."""

    def __init__(self, layer: torch.nn.Module) -> None:
        sa = layer.attention.self
        # 1/sqrt(head_dim) folded into the query projection: attention needs no extra scaling.
        scale = sa.attention_head_size**-0.5
        self.qkv = RowInt8Linear(
            torch.cat([sa.query.weight * scale, sa.key.weight, sa.value.weight]),
            torch.cat([sa.query.bias * scale, sa.key.bias, sa.value.bias]),
        )
        self.heads = sa.num_attention_heads
        self.head_dim = sa.attention_head_size
        self.attn_out = RowInt8Linear(layer.attention.output.dense.weight, layer.attention.output.dense.bias)
        self.ln1 = layer.attention.output.LayerNorm
        self.up = RowInt8Linear(layer.intermediate.dense.weight, layer.intermediate.dense.bias)
        self.down = RowInt8Linear(layer.output.dense.weight, layer.output.dense.bias)
        self.ln2 = layer.output.LayerNorm


class PackedInt8Bert:
    """Mean-pooled, L2-normalised sentence embeddings from a BERT model (absolute positions,
    GELU): the architecture of all-MiniLM-L6-v2. Call with token-id lists, one per sentence."""

    def __init__(self, model: torch.nn.Module, layers: int | None = None) -> None:
        config = model.config
        if getattr(config, "position_embedding_type", "absolute") != "absolute" or config.hidden_act != "gelu":
            raise ValueError("PackedInt8Bert supports BERT with absolute positions and GELU only")
        emb = model.embeddings
        self.word = emb.word_embeddings.weight.detach()
        self.position = emb.position_embeddings.weight.detach()
        self.token_type0 = emb.token_type_embeddings.weight.detach()[0]
        self.ln0 = emb.LayerNorm
        blocks = list(model.encoder.layer)
        self.layers = [_Layer(b) for b in blocks[: layers or len(blocks)]]

    def __call__(self, token_ids: Sequence[Sequence[int]]) -> torch.Tensor:
        """(n, hidden) unit-length embeddings, row i for sentence i."""
        lengths = [len(ids) for ids in token_ids]
        flat = torch.tensor([t for ids in token_ids for t in ids], dtype=torch.long)
        positions = torch.cat([torch.arange(n) for n in lengths])
        with torch.inference_mode():
            h = self.ln0(self.word[flat] + self.position[positions] + self.token_type0)
            bounds = []
            start = 0
            for n in lengths:
                bounds.append((start, start + n))
                start += n
            for layer in self.layers:
                h = self._layer(layer, h, bounds)
            pooled = torch.stack([h[a:b].mean(dim=0) for a, b in bounds])
            return F.normalize(pooled, p=2, dim=1)

    @staticmethod
    def _layer(layer: _Layer, h: torch.Tensor, bounds: list[tuple[int, int]]) -> torch.Tensor:
        hidden = h.shape[1]
        qkv = layer.qkv(h)
        heads, dim = layer.heads, layer.head_dim
        parts = []
        for a, b in bounds:  # attention within each sentence only (plain bmm: ~2x faster than
            # scaled_dot_product_attention at these lengths, measured)
            q, k, v = qkv[a:b].view(b - a, 3, heads, dim).permute(1, 2, 0, 3)
            weights = torch.softmax(torch.bmm(q, k.transpose(1, 2)), dim=-1)
            parts.append(torch.bmm(weights, v).transpose(0, 1).reshape(b - a, hidden))
        context = torch.cat(parts) if len(parts) > 1 else parts[0]
        h = layer.ln1(layer.attn_out(context) + h)
        return layer.ln2(layer.down(F.gelu(layer.up(h))) + h)
