using System.Reflection;
using System.Reflection.Emit;

namespace SecretGuard.Core.Tests.Config;

/// <summary>Reads which methods a compiled method calls, so tests can prove what generated code does not touch.</summary>
internal static class IlCalls
{
    /// <summary>Methods and constructors a method's IL calls (call, callvirt, newobj), found by walking its opcodes.</summary>
    public static IEnumerable<MethodBase> CalledMethods(MethodInfo method)
    {
        var il = method.GetMethodBody()!.GetILAsByteArray()!;
        var oneByte = new Dictionary<short, OpCode>();
        var twoByte = new Dictionary<short, OpCode>();
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var opCode = (OpCode)field.GetValue(null)!;
            (opCode.Size == 1 ? oneByte : twoByte)[opCode.Value] = opCode;
        }

        for (var i = 0; i < il.Length;)
        {
            var code = il[i] == 0xFE ? twoByte[(short)(0xFE00 | il[i + 1])] : oneByte[il[i]];
            i += code.Size;
            var operandSize = code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, i)),
                _ => 4,
            };
            if (code.OperandType == OperandType.InlineMethod)
            {
                yield return method.Module.ResolveMethod(BitConverter.ToInt32(il, i))!;
            }

            i += operandSize;
        }
    }
}
